# class definition, __init__, methods, instance and class attributes
class Dog:
    species = "canine"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def bark(self):
        return self.name + " says woof"
    def birthday(self):
        self.age += 1
        return self.age

d = Dog("Rex", 3)
e = Dog("Fido", 5)
print(d.bark(), e.bark())
print(d.birthday(), d.age, e.age)
print(d.species, Dog.species)
Dog.species = "wolf"
print(e.species)
e.species = "own"
print(e.species, d.species)
print(type(d).__name__, isinstance(d, Dog))
m = d.bark
print(m())
print(Dog.bark(e))
