# single inheritance, method overriding, isinstance/issubclass
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + ": " + self.speak()

class Cat(Animal):
    def speak(self):
        return "meow"

class Lion(Cat):
    def speak(self):
        return "ROAR"

for a in [Animal("generic"), Cat("tom"), Lion("leo")]:
    print(a.describe())
print(isinstance(Lion("x"), Animal), isinstance(Cat("y"), Lion))
print(issubclass(Lion, Cat), issubclass(Cat, Lion), issubclass(Cat, object))
print(Lion.__name__, type(Lion("z")).__name__)
