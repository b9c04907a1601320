# metaclasses: __new__/__init__/__call__/__prepare__, type(name, bases, ns), class methods on the metaclass
class Tracked(type):
    created = []
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases])
        ns = {"prepared_by": mcls.__name__}
        return ns
    def __new__(mcls, name, bases, ns):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        mcls.created.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.via_meta = True
        return inst
    def describe(cls):
        return f"class {cls.__name__} from {cls.__module__}"

class Base(metaclass=Tracked):
    def __init__(self, v=0):
        self.v = v
    def method(self):
        return "method"

class Child(Base):
    extra = 1

c = Child(5)
print(c.v, c.via_meta, c.method(), Child.prepared_by, Child.extra)
print(Tracked.created, type(Child) is Tracked, isinstance(Child, type))
print(Child.describe())
try:
    c.describe()
except AttributeError as e:
    print("AttributeError:", e)

# singleton via __call__
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, b.name)

# type() with three arguments
Dyn = type("Dyn", (Base,), {"x": 3, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, d.double(), type(Dyn).__name__, [k.__name__ for k in Dyn.__mro__])
print(type(5).__name__, type(type).__name__)

# the metaclass of a subclass is the most derived of the bases' metaclasses
class M1(type): pass
class M2(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(A, B): pass
print(type(C).__name__)
class Other(type): pass
class X(metaclass=Other): pass
try:
    class Y(A, X): pass
except TypeError as e:
    print("TypeError:", e)

# __prepare__ may return a custom mapping
class OrderedNames(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class Recorder(dict):
            def __setitem__(self, key, value):
                if not key.startswith("__"):
                    print("define", key)
                super().__setitem__(key, value)
        return Recorder()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Recorded(metaclass=OrderedNames):
    b = 1
    a = 2
    def f(self): pass
print(Recorded.a, Recorded.b)

# class attributes on metaclass vs instance; __instancecheck__
class Meta2(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
class Intish(metaclass=Meta2):
    pass
print(isinstance(3, Intish), isinstance("x", Intish))
