# Attribute access on instances of user classes is cached per (class, name) in pyco (attr.cpp): every
# change that can alter what an access does must be seen by the next access, in the same loop.

class Desc:
    def __get__(self, obj, owner):
        return "desc-get"


class A:
    x = 1

    def m(self):
        return "A.m"


a = A()
out = []
for step in range(9):
    if step == 1:
        a.x = 2                      # instance attribute shadows the class one
    elif step == 2:
        a.m = lambda: "instance m"   # instance attribute shadows a method
    elif step == 3:
        del a.x, a.m
        A.x = 3                      # class namespace changed
    elif step == 4:
        A.m = lambda self: "new A.m"
    elif step == 5:
        A.x = Desc()                 # a non-data descriptor appears
    elif step == 6:
        Desc.__set__ = lambda self, obj, v: out.append(("set", v))  # ... and becomes a data descriptor
    elif step == 7:
        A.__getattribute__ = lambda self, name: "ga:" + name
    elif step == 8:
        del A.__getattribute__
        A.__setattr__ = lambda self, name, v: out.append(("setattr", name, v))
    m = a.m
    out.append((step, a.x, m() if callable(m) else m))
    a.x = step * 10
print(out)
print(a.__dict__)


class G:
    def __getattr__(self, name):
        return "missing " + name


g = G()
seen = []
for i in range(3):
    seen.append(g.y)
    if i == 1:
        g.y = "set"
print(seen)


class P:
    def __init__(self):
        self.v = 1


def get_v(self):
    return "prop"


p = P()
vals = []
for i in range(3):
    vals.append(p.v)
    if i == 0:
        P.v = property(get_v)  # a data descriptor beats the instance __dict__
print(vals)
try:
    p.v = 5
except AttributeError:
    print("AttributeError")


class S:
    __slots__ = ("a",)


s = S()
for i in range(3):
    s.a = i
print(s.a)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError", e)
