# functools.total_ordering and cmp_to_key
from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2), sorted([b, a, Version(0, 9)]))


@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        if not isinstance(other, Ge):
            return NotImplemented
        return self.v >= other.v


print(Ge(1) < Ge(2), Ge(2) > Ge(1), Ge(1) <= Ge(1), Ge(3) >= Ge(1), Ge.__lt__.__name__)
try:
    Ge(1) < 5
except TypeError as e:
    print('TypeError', e)
try:
    total_ordering(type('Nothing', (), {}))
except ValueError as e:
    print('ValueError', e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)), max([1, 5, 3], key=cmp_to_key(lambda x, y: x - y)))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1).obj)
try:
    hash(K(1))
except TypeError:
    print('unhashable')
