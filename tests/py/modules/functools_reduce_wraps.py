# functools.reduce (initial, empty input) and wraps/update_wrapper
from functools import reduce, wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
import functools

print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 7), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda a, b: a + b, ['x']), reduce(lambda a, b: a + [b], 'abc', []), reduce(max, iter([3, 9, 2])))
for bad in (lambda: reduce(lambda a, b: a, []), lambda: reduce(len, 1), lambda: reduce()):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        return ('wrapped', fn(*args, **kwargs))
    return wrapper


@deco
def hello(x: int) -> str:
    "Say hello."
    return 'hello %s' % x


hello.extra = 1
print(hello(3), hello.__name__, hello.__qualname__, hello.__doc__, hello.__module__, hello.__annotations__)
print(hello.__wrapped__.__name__, hello.__wrapped__(4), deco(hello).extra, deco(hello).__wrapped__ is hello)


class Holder:
    @deco
    def method(self):
        return 'm'


print(Holder().method(), Holder.method.__qualname__)


def target():
    "target doc"


def plain():
    pass


r = update_wrapper(plain, target)
print(r is plain, plain.__name__, plain.__doc__, plain.__wrapped__ is target)
update_wrapper(plain, len, assigned=('__name__',), updated=())
print(plain.__name__, plain.__doc__)


class Callable:
    def __call__(self):
        return 1


obj = Callable()
update_wrapper(obj, target)
print(obj.__name__, obj.__doc__, obj())
print(functools.reduce is reduce)
