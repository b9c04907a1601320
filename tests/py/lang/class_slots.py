# __slots__: instances without __dict__, slot descriptors, AttributeError messages
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), P.__slots__)
print(type(P.x).__name__, P.x.__name__)
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "x"))

# a single string is one slot
class S:
    __slots__ = "only"
s = S()
s.only = 5
print(s.only)

# subclass without __slots__ gets a __dict__; with __slots__ adds slots
class Q(P):
    pass
q = Q(1)
q.z = 3
print(q.x, q.z, q.__dict__)

class R(P):
    __slots__ = ("w",)
r = R(4)
r.w = 5
r.y = 6
print(r.x, r.y, r.w)
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)

# __dict__ in __slots__ allows arbitrary attributes
class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
d.b = 2
print(d.a, d.__dict__)

# class attributes that conflict with slots
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)

# slots with properties and class variables work together
class Temp:
    __slots__ = ("_c",)
    unit = "C"
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.f, t.unit)
try:
    t.unit = "F"
except AttributeError as e:
    print("AttributeError:", e)

# private names in slots are mangled
class M:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
print(M().get(), M.__slots__, hasattr(M, "_M__secret"))
