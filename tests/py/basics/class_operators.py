# operator overloading: __add__, __sub__, __mul__, __neg__, __radd__
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __radd__(self, other):
        if other == 0:
            return self
        return self + other
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * b, -a)
print(sum([a, b, Vec(10, 10)]))
v = Vec(0, 0)
v += a
v += a
print(v)
