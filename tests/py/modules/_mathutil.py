# helper module (not a test): functions, constants and a class
PI = 3.14159
_private = "hidden-ish"
calls = 0

def square(x):
    global calls
    calls += 1
    return x * x

def cube(x):
    return x * square(x)

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def length2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return "Vector(" + str(self.x) + ", " + str(self.y) + ")"
