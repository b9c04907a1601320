# __str__ and __repr__ used by print, str, repr, f-strings and containers
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"
    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

p = Point(1, "a")
print(p)
print(str(p), repr(p))
print([p, p])
print(f"{p} {p!r}")
o = OnlyRepr()
print(o, str(o), [o])
print("%s and %r" % (p, p))
