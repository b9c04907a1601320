# hasattr, getattr (with default), setattr on user objects and modules
class Obj:
    x = 1
    def __init__(self):
        self.y = 2
o = Obj()
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "z"))
print(getattr(o, "x"), getattr(o, "y"), getattr(o, "z", "dflt"))
setattr(o, "z", 3)
print(o.z, getattr(o, "z"))
for name in ["a", "b", "c"]:
    setattr(o, name, name.upper())
print(o.a + o.b + o.c)
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("abc", "upper")())
print(hasattr([], "append"), hasattr(5, "append"))
