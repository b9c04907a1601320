# super().__init__ and super() method calls
class Base:
    def __init__(self, x):
        self.x = x
        print("Base init", x)
    def value(self):
        return self.x

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child init", y)
    def value(self):
        return super().value() * 10 + self.y

class GrandChild(Child):
    def __init__(self):
        super().__init__(1, 2)
    def value(self):
        return super().value() + 1000

c = Child(3, 4)
print(c.value())
g = GrandChild()
print(g.value(), g.x, g.y)
