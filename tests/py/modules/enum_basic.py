# enum: Enum members by attribute/value/name, iteration, aliases, __members__, repr/str/format, hashing
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @property
    def warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(reversed(Color)))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED.name, Color.RED.value, Color.BLUE.describe(), Color.RED.warm, Color.GREEN.warm, Color.default())
print(format(Color.RED), f"[{Color.GREEN:>14}]", "%s %r" % (Color.BLUE, Color.BLUE))
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED == 1, Color.RED != 1)
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON], hash(Color.RED) == hash('RED'))
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED in Color, repr(Color))
print(sorted(Color, key=lambda c: c.value, reverse=True))
print([c.name for c in Color], Color(1).name)


class Number(IntEnum):
    ONE = 1
    TWO = 2


print(Number.ONE, repr(Number.TWO), Number.ONE + 1, Number.TWO * 3, Number.ONE == 1, Number(2) is Number.TWO)
print(f"{Number.TWO}", format(Number.TWO, '03d'), int(Number.TWO), sorted([Number.TWO, Number.ONE]))
print(Number.ONE < Number.TWO, Number.TWO > 1, {1: 'one'}[Number.ONE], isinstance(Number.ONE, int))


class Shade(StrEnum):
    LIGHT = auto()
    DARK = 'Dark'


print(Shade.LIGHT, repr(Shade.LIGHT), Shade.DARK.upper(), Shade.LIGHT == 'light', Shade('Dark'))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [a.value for a in Auto])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()


print(repr(Lower.X), repr(Lower.Y))
print(unique(Number) is Number)
try:
    unique(Color)
except ValueError as e:
    print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Sizes = IntEnum('Sizes', [('S', 10), ('M', 20)])
print(list(Sizes), Sizes.M + 1)
