# enum: errors, _missing_, tuple values with __init__, custom __new__, Flag/IntFlag operations and reprs
from enum import Enum, IntEnum, Flag, IntFlag, auto


class Color(Enum):
    RED = 1
    GREEN = 2


for bad in (lambda: Color(3), lambda: Color('x'), lambda: Color['PINK']):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), repr(Planet.MERCURY))


class Coin(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    PENNY = 1, 'one cent'
    NICKEL = 5, 'five cents'


print(Coin(5), Coin.PENNY.label, Coin.NICKEL.value)


class Level(IntEnum):
    LOW = 1
    HIGH = 3

    @classmethod
    def _missing_(cls, value):
        return cls.HIGH if value > 3 else None


print(repr(Level(9)), Level(1))
try:
    Level(2)
except ValueError as e:
    print(e)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(list(Perm), [p.value for p in Perm], repr(Perm.RW), repr(Perm.R | Perm.W), repr(Perm.R | Perm.X))
rx = Perm.R | Perm.X
print(rx, Perm.R in rx, Perm.W in rx, list(rx), len(rx), bool(Perm(0)), repr(~Perm.R), repr(Perm.RW & Perm.W))
print(repr(Perm(7)), repr(Perm.R ^ Perm.RW), repr(Perm(0)), str(Perm(0)))
try:
    Perm(9)
except ValueError as e:
    print(e)


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


print(Mode.A | Mode.B, repr(Mode.A | 8), repr(Mode(16)), Mode.C + 1, Mode.A | Mode.C == 5, repr(~Mode.A))
print(repr(Mode(3) & 1), isinstance(Mode.A | Mode.B, Mode), [m.name for m in Mode(7)])


class Code(IntEnum):
    def __new__(cls, value, phrase):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        return obj
    OK = 200, 'OK'
    NOT_FOUND = 404, 'Not Found'


print(Code(404).phrase, Code.OK + 1, repr(Code.OK), Code.NOT_FOUND.name)
try:
    Code.OK.missing
except AttributeError as e:
    print(e)
for target in (Color.RED, Code.OK):
    try:
        target.value = 3
    except AttributeError as e:
        print(e)


class Mixed(str, Enum):
    X = 'x'


print(str(Mixed.X), repr(Mixed.X), Mixed.X == 'x', Mixed('x'), Color.RED.name, Color.GREEN.value)
