# an exception in __set_name__ during class creation becomes RuntimeError caused by it (CPython 3.11)
class Desc:
    def __set_name__(self, owner, name):
        raise ValueError('bad name ' + name)


try:
    class C:
        attr = Desc()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)


def f(x: int) -> str:
    pass


f.__annotations__ = {'y': float}
print(f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(e)
