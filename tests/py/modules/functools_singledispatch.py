# functools.singledispatch: register by type or annotation, dispatch along the MRO, ABCs
from functools import singledispatch, singledispatchmethod
from collections.abc import Mapping


@singledispatch
def describe(x):
    return 'object'


@describe.register
def _(x: int):
    return 'int %d' % x


@describe.register(list)
def _(x):
    return 'list of %d' % len(x)


@describe.register(Mapping)
def _(x):
    return 'mapping'


def for_str(x):
    return 'str ' + x


describe.register(str, for_str)


class MyInt(int):
    pass


print(describe(1), describe(True), describe(MyInt(7)), describe([1, 2]), describe('s'), describe({}), describe(1.5))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry), describe.__name__)
try:
    describe()
except TypeError as e:
    print('TypeError', e)
try:
    describe.register(1)
except TypeError as e:
    print('TypeError', e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'

    @fmt.register
    def _(self, arg: int):
        return 'int'

    @fmt.register(str)
    def _(self, arg):
        return 'str'


f = Formatter()
print(f.fmt(1), f.fmt('a'), f.fmt(None))
