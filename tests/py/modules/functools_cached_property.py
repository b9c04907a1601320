# functools.cached_property: computed once per instance, stored in __dict__, errors
from functools import cached_property


class Data:
    def __init__(self, n):
        self.n = n

    @cached_property
    def total(self):
        "The sum."
        print('computing', self.n)
        return sum(range(self.n))


d = Data(5)
print(d.total, d.total, d.__dict__, Data.total.__doc__, type(Data.total).__name__, Data.total.attrname)
d.total = 99
print(d.total)
del d.total
print(d.total, Data(3).total)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print('TypeError', e)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(Data(1), Data)
except TypeError as e:
    print('TypeError', e)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e.__cause__ if e.__cause__ else e)
