# class attributes vs instance attributes, methods as attributes, getattr
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.value = 0
    def incr(self):
        self.value += 1
        return self

a = Counter()
b = Counter()
a.incr().incr().incr()
b.incr()
print(Counter.instances, a.value, b.value)
print(getattr(a, "value"), getattr(a, "missing", "default"))
setattr(b, "value", 100)
print(b.value)
print(hasattr(a, "incr"), hasattr(a, "nope"))
f = a.incr
f()
print(a.value)
