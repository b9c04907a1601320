# dataclasses: generated __init__/__repr__/__eq__, defaults, field(), order, frozen, hash, post_init, fields()
from dataclasses import dataclass, field, fields, FrozenInstanceError, is_dataclass, InitVar, KW_ONLY
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, repr(Point(1)), p.norm2(), p == Point(3, 4), p == Point(4, 3), p != Point(3, 4), p == (3, 4))
print(Point.__hash__, Point.__match_args__, [f.name for f in fields(Point)], [f.name for f in fields(p)])
try:
    Point()
except TypeError as e:
    print(e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False, repr=False)


v = Version(1, 2, 'rc')
print(v, Version(1, 2) < Version(1, 10), sorted([Version(2), Version(1, 5), Version(1)]), v == Version(1, 2))
print(hash(v) == hash((1, 2)), len({Version(1), Version(1), Version(2)}))
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print(e)


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, init=False)
    unit: ClassVar[str] = 'pcs'
    scale: InitVar[int] = 1
    tags: dict = field(default_factory=dict, repr=False, metadata={'doc': 'free-form'})

    def __post_init__(self, scale):
        self.count = len(self.items) * scale


a, b = Inventory(), Inventory(['x', 'y'], 10)
a.items.append('z')
print(a, b, Inventory().items, Inventory.unit, [f.name for f in fields(Inventory)])
print(fields(Inventory)[2].metadata['doc'], fields(Inventory)[0].default_factory is list)


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Child(Base):
    c: float = 1.5
    _: KW_ONLY
    d: int
    e: int = 5


print(Child(1, d=4), Child(1, 'x', 2.0, d=0, e=1), is_dataclass(Child), is_dataclass(Child(1, d=1)), is_dataclass(3))


@dataclass(eq=False, repr=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain.__hash__ is object.__hash__, 'Plain object' in repr(Plain(1)))


@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = field(default=0, hash=False)


print(hash(Key('a', 1)) == hash(Key('a', 2)), Key('a') == Key('a', 0))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print(e)
