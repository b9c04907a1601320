# StopIteration from next(), RuntimeError and generator exhaustion messages
it = iter([])
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
def gen():
    yield 1
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("generator exhausted", type(e).__name__)
try:
    raise RuntimeError("custom runtime")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, e)
