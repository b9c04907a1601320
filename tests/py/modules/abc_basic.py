# abc: ABC/ABCMeta, abstractmethod (plain, property, classmethod), the instantiation TypeError, register
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Two(ABC):
    @abstractmethod
    def b(self): ...

    @property
    @abstractmethod
    def a(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


for cls in (Shape, Two):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Shape.__abstractmethods__), sorted(Two.__abstractmethods__))
print(Square(3).describe(), Square.__abstractmethods__)


class Half(Two):
    def b(self):
        return 1


try:
    Half()
except TypeError as e:
    print(e)


class Full(Half):
    a = 5

    @classmethod
    def make(cls):
        return cls()


print(Full.make().a, isinstance(Full(), Two), issubclass(Full, Half))


class Meta(metaclass=ABCMeta):
    pass


class Plain:
    pass


print(isinstance(Plain(), Meta), issubclass(Plain, Meta))
print(Meta.register(Plain) is Plain)
print(isinstance(Plain(), Meta), issubclass(Plain, Meta), isinstance(3, Meta))
Shape.register(int)
print(isinstance(3, Shape), issubclass(int, Shape), issubclass(bool, Shape), issubclass(str, Shape))
print(isinstance(3, (str, Shape)))
try:
    Shape.register(3)
except TypeError as e:
    print(e)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
print(getattr(property(Shape.area), '__isabstractmethod__'), getattr(property(len), '__isabstractmethod__'))


class Base(ABC):
    pass


class Sub(Base):
    pass


Sub.register(float)
print(issubclass(float, Base), isinstance(1.5, Base), issubclass(float, Sub), issubclass(Sub, Base))
try:
    object.__new__(Shape)
except TypeError as e:
    print(e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
Plain.__abstractmethods__ = frozenset({'z', 'y'})
try:
    Plain()
except TypeError as e:
    print(e)
