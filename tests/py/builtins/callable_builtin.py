# callable() on functions, classes, instances with/without __call__
class Plain:
    pass
class Fn:
    def __call__(self, x):
        return x * 2
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(Plain))
print(callable(Plain()), callable(Fn()), Fn()(21))
print(callable(1), callable("s"), callable(None), callable([].append))
