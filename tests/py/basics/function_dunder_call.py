# functions, bound methods and built-in functions have __call__ (explicit f.__call__(...) works)
def f(a, b=2, *, c=3):
    return a + b + c


class K:
    def m(self, x):
        return x * 2


print(f.__call__(1), f.__call__(1, c=10), K().m.__call__(4), len.__call__('abc'), [].append.__call__(1))
print(callable(f), '__call__' in type(f).__dict__, '__call__' in type(len).__dict__, '__call__' in type(K().m).__dict__)
print(f.__call__.__call__(0, 0, c=0))
