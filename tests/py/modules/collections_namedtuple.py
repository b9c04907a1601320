# collections.namedtuple: fields, defaults, rename, _make/_asdict/_replace, repr, tuple behaviour
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p))
print(Point, Point.__name__, Point.__module__, Point._fields, Point._field_defaults)
x, y = p
print(x, y, p == (1, 2), p < (1, 3), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(p + (3,), p * 2, p[:1], list(p), 2 in p, p.count(1), p.index(2))
print(Point(y=5, x=4), Point._make([3, 4]), Point._make(iter('ab')))
print(p._asdict(), p._replace(x=10), p._replace(), p)
print(Point.x.__doc__, Point.__doc__, Point.__new__.__doc__)
print(Point.__match_args__)
match p:
    case Point(a, b):
        print('matched', a, b)

P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[20, 30])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'abc, def class _x abc', rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
M = namedtuple('M', 'a', module='mymod')
print(M, M(1), M.__module__)
One = namedtuple('One', 'only')
print(One(5), One._make([6]))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))


class Sub(Point):
    __slots__ = ()

    @property
    def norm(self):
        return self.x * self.x + self.y * self.y

    def __str__(self):
        return 'Sub<%d,%d>' % self


s = Sub(3, 4)
print(s, repr(s), s.norm, s._replace(x=0), type(s._replace(x=0)).__name__)
print(namedtuple('T', ('a', 'b'))(*range(2)), namedtuple('U', 'a b')(*'xy')._asdict())
import _nt_helper
print(_nt_helper.Rec, _nt_helper.Rec(1, 2), _nt_helper.make(), _nt_helper.make().__module__)
