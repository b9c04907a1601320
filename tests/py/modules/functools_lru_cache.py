# functools.lru_cache and cache: hits/misses, maxsize eviction order, typed, cache_clear, methods
from functools import lru_cache, cache


@lru_cache
def ident(x):
    return x


ident(1)
ident(1)
ident(2)
print(ident.cache_info(), ident.cache_parameters(), ident.__name__)
print(ident.cache_info().hits, ident.cache_info()._fields, type(ident.cache_info()).__name__)


@lru_cache(maxsize=2)
def double(x):
    print('compute', x)
    return x * 2


for x in [1, 2, 1, 3, 2, 1]:
    double(x)
print(double.cache_info())
double.cache_clear()
print(double.cache_info())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info(), fib.cache_parameters())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@lru_cache(maxsize=None)
def kw(a, b=0, *, c=0):
    return a + b + c


print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=5), kw(1, c=5), kw.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(-5)
def neg(x):
    return x


print(neg.cache_parameters())


class Calc:
    calls = 0

    @lru_cache(maxsize=8)
    def square(self, x):
        Calc.calls += 1
        return x * x


c = Calc()
print(c.square(3), c.square(3), Calc.calls, Calc.square.cache_info())
for bad in (lambda: lru_cache('x'), lambda: ident([1])):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(ident.__wrapped__(5), lru_cache(maxsize=3, typed=False)(len)('abc'))
