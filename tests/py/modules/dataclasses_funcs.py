# dataclasses: asdict/astuple (recursive), replace, make_dataclass, slots, and the errors CPython raises
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar


@dataclass
class Inner:
    a: int
    b: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    table: dict


o = Outer('o', Inner(1, [2]), [Inner(3), (Inner(4), 5)], {'k': Inner(6)})
print(asdict(o))
print(astuple(o))
d = asdict(o)
d['inner']['b'].append(99)
print(o.inner.b, asdict(Inner(7), dict_factory=lambda items: sorted(items)))
print(replace(o.inner, a=10), o.inner)


@dataclass
class WithInit:
    x: int
    k: InitVar[int]
    y: int = field(init=False, default=0)

    def __post_init__(self, k):
        self.y = self.x * k


w = WithInit(2, 5)
print(w, replace(w, k=3))
for bad in (lambda: replace(w, y=1), lambda: replace(w), lambda: asdict(Inner), lambda: astuple(3),
            lambda: fields(3), lambda: replace(3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

P3 = make_dataclass('P3', ['z', ('x', int), ('y', int, field(default=2))], namespace={'sum': lambda s: s.x + s.y})
print(P3(1, 2, 3), P3(1, 2, 3).sum(), [f.name for f in fields(P3)])


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError')


def define(body):
    try:
        body()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def non_default():
    @dataclass
    class A:
        x: int = 0
        y: int


def mutable_default():
    @dataclass
    class B:
        items: list = []


def both_defaults():
    field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class C:
        x = field(default=1)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class D:
        x: int


def frozen_mix():
    @dataclass
    class E:
        x: int

    @dataclass(frozen=True)
    class F(E):
        y: int


def overwrite_lt():
    @dataclass(order=True)
    class G:
        x: int

        def __lt__(self, other):
            return True


for body in (non_default, mutable_default, both_defaults, no_annotation, order_without_eq, frozen_mix,
             overwrite_lt):
    define(body)


@dataclass
class Link:
    value: int
    next: object = None


a = Link(1)
a.next = Link(2, a)
print(a)
