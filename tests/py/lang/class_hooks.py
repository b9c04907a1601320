# __init_subclass__ with class keyword arguments, __class_getitem__, __set_name__
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin, name="a", priority=2):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, priority=5):
    pass
print(sorted(Plugin.registry), Alpha.priority, Beta.plugin_name, Gamma.plugin_name, Gamma.priority)

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Plain(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

# keyword arguments reach the metaclass too
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, sorted(kw))
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta, flag=True):
    pass
print(type(WithMeta).__name__)

# __class_getitem__ is an implicit classmethod
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class SubBox(Box):
    pass
print(SubBox[str])
try:
    Plugin[int]
except TypeError as e:
    print("TypeError:", e)

# __set_name__ with the owner and the attribute name
class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name, f"<unset {self.name}>")
class Record:
    first = Field()
    second = Field()
r = Record()
r.__dict__["first"] = 1
print(r.first, r.second, Record.first.owner, Record.second.name)
