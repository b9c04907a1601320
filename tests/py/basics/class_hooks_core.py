# core hooks the Python-written modules rely on: metaclass __setattr__, type.__setattr__, object.__setattr__
# through descriptors, __instancecheck__/__subclasscheck__ on non-type objects, __isabstractmethod__,
# object.__subclasshook__, '__doc__' in __slots__, __call__ on functions and methods


class Meta(type):
    def __setattr__(cls, name, value):
        if name == 'locked':
            raise AttributeError('cannot reassign %r' % name)
        super().__setattr__(name, value)


class A(metaclass=Meta):
    locked = 1


A.x = 5
print(A.x)
try:
    A.locked = 2
except AttributeError as e:
    print(e)
type.__setattr__(A, 'locked', 3)
print(A.locked)
try:
    object.__setattr__(A, 'y', 1)
except TypeError as e:
    print(e)


class P:
    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2


p = P()
object.__setattr__(p, 'v', 4)
print(p.v, p.__dict__)


class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj > 0

    def __subclasscheck__(self, cls):
        return cls is bool


pos = Checker()
print(isinstance(3, pos), isinstance(-3, pos), isinstance('a', (str, pos)), issubclass(bool, pos), issubclass(int, pos))
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)


def f():
    pass


f.__isabstractmethod__ = True
print(property(f).__isabstractmethod__, property(len).__isabstractmethod__, classmethod(f).__isabstractmethod__,
      staticmethod(f).__isabstractmethod__, property(None, f).__isabstractmethod__)
print(object.__subclasshook__(int), A.__subclasshook__(int))


class D:
    __slots__ = ('__doc__', 'n')

    def __init__(self):
        self.__doc__ = 'per instance'


print(D().__doc__)


class M:
    def m(self, a, b=1):
        return a + b


print(f.__call__(), len.__call__('abc'), M().m.__call__(1, b=5), hasattr(print, '__call__'))
