# match statements: mapping patterns with **rest, class patterns (positional via __match_args__, keywords)
def mapping(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {1: one, **others} if others:
            return f"int key {one}, others {others}"
        case {}:
            return f"some mapping of {len(x)}"
    return "no"

for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red", "fill": True},
          {1: "a", 2: "b"}, {1: "a"}, {}, {"type": "point", "x": 1}, [("type", "point")], "type"]:
    print(v, "->", mapping(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d flat at {x},{y}"
        case Point3(_, _, z):
            return f"3d at height {z}"
        case Point(x=0, y=yy):
            return f"on the y axis at {yy}"
        case Point(xx, 0):
            return f"on the x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"a number {n}"
        case str() | bytes():
            return "text"
        case list([a, b]):
            return f"list of two {a} {b}"
        case dict({"k": v}):
            return f"dict with k={v}"
    return "not a point"

for p in [Point(0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2),
          7, 2.5, True, "s", b"b", [1, 2], {"k": 1}, None]:
    print(where(p))

# missing attributes just fail the pattern
class Box:
    pass
b = Box()
b.content = "toy"
match b:
    case Box(missing=1):
        print("wrong")
    case Box(content=c):
        print("box with", c)

# bool is an int: case int() matches True; subclass of int matches itself
class MyInt(int):
    pass
match MyInt(5):
    case MyInt(v):
        print("MyInt", v, type(v).__name__)

# mapping patterns call get() on non-dict mappings
class Tracking(dict):
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)
match Tracking(a=1, b=2):
    case {"a": 1, "b": bb, **rest}:
        print("tracking", bb, rest)

# as patterns bind the whole value
match [Point(1, 2), Point(3, 4)]:
    case [Point(x=1) as first, Point() as second]:
        print(first.y, second.x)
