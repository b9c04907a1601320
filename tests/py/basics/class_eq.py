# __eq__, __lt__ and comparisons of user objects
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"

a, b, c = Money(100), Money(100), Money(50)
print(a == b, a == c, a != c, a is b)
print(c < a, a < c)
print(a == 100)
print(sorted([Money(3), Money(1), Money(2)]))
print(Money(1) in [Money(0), Money(1)])
print(min([Money(7), Money(4), Money(9)]))

class Plain:
    pass
x = Plain()
print(x == x, x == Plain())
