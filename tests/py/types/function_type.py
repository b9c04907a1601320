# functions as objects: __name__, type name, default values independence
def f(x):
    return x + 1
g = lambda: None
print(type(f).__name__, f.__name__, g.__name__)
print(f(1), callable(f))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
h = f
del f
print(h(10))
class C:
    def m(self):
        return 1
print(type(C().m).__name__, C().m())
