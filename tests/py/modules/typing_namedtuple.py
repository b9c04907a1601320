# typing: NamedTuple (class and functional syntax) and the collections.abc aliases in isinstance
# (builds on lib/collections: namedtuple and collections.abc)
from typing import NamedTuple, Iterable, Mapping, Sequence, Callable, Optional


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def dist2(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, p.dist2(), p._fields, p._field_defaults, Point.__annotations__, p._replace(x=1), p._asdict())
print(isinstance(p, tuple), p == (3, 4, None), Point(1, label='a'))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields, Emp.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, Mapping), isinstance('ab', Sequence))
print(isinstance(len, Callable), issubclass(list, Iterable), Iterable.__origin__, Iterable[int].__origin__)
