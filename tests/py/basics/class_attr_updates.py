# Class attributes changed after use: methods replaced, added to a base, deleted, shadowed (lookup caching)
class Base:
    def greet(self):
        return "base"

class Child(Base):
    pass

c = Child()
print(c.greet())
Base.greet = lambda self: "patched"
print(c.greet())
Child.greet = lambda self: "child"
print(c.greet())
del Child.greet
print(c.greet())
del Base.greet
try:
    c.greet()
except AttributeError as e:
    print("AttributeError:", e)
Base.extra = 5
print(c.extra, Child.extra)
setattr(Base, "extra", 6)
print(c.extra)
c.extra = 7
print(c.extra, Child.extra)
del c.extra
print(c.extra)

# A class created in a loop: each new class must see its own attributes.
def make(n):
    class K:
        value = n
        def get(self):
            return self.value
    return K

print([make(i)().get() for i in range(5)])

# Special methods replaced on the class take effect.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + other.v)
    def __repr__(self):
        return f"Num({self.v})"

print(Num(1) + Num(2))
Num.__add__ = lambda self, other: Num(self.v * other.v)
print(Num(3) + Num(4))
Num.__repr__ = lambda self: "N" + str(self.v)
print(Num(5))

# Changing __getattr__ later.
class Lazy:
    pass

obj = Lazy()
try:
    obj.missing
except AttributeError as e:
    print("AttributeError:", e)
Lazy.__getattr__ = lambda self, name: "computed " + name
print(obj.missing)
