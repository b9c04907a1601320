# messages of TypeError from wrong call signatures
def f(x):
    return x
def g(a, b):
    return a + b
def h(a, *, key):
    return a
def k():
    return 0
class C:
    def m(self, v):
        return v
cases = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: g(1),
    lambda: g(),
    lambda: f(y=1),
    lambda: f(1, x=2),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: k(1),
    lambda: C().m(),
    lambda: C().m(1, 2),
]
for fn in cases:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
