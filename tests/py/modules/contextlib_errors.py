# contextlib: exception semantics of contextmanager (StopIteration, conversion, swallowing) and ExitStack (contexts)
import contextlib, copy, operator, heapq, bisect, sys
@contextlib.contextmanager
def cm():
    yield 1
try:
    with cm():
        raise StopIteration('body')
except Exception as e:
    print('1', type(e).__name__, e)
@contextlib.contextmanager
def cm2():
    try:
        yield
    except KeyError:
        raise ValueError('converted')
try:
    with cm2():
        raise KeyError('k')
except ValueError as e:
    print('2', e, type(e.__context__).__name__)
@contextlib.contextmanager
def cm3():
    yield
    raise ValueError('after')
try:
    with cm3():
        pass
except ValueError as e:
    print('3', e)
# generator that returns without reraising swallows
@contextlib.contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass
with swallow():
    raise IndexError
print('4 swallowed')
# ExitStack with nested failures
def raiser(exc):
    def f(*a):
        raise exc
    return f
try:
    with contextlib.ExitStack() as s:
        s.push(raiser(KeyError('first')))
        s.push(raiser(ValueError('second')))
        raise IndexError('body')
except KeyError as e:
    c = e.__context__
    print('5', repr(e), repr(c), repr(c.__context__), c.__context__.__context__)
with contextlib.ExitStack() as s:
    s.push(lambda *a: True)
    s.push(raiser(ValueError('x')))
print('6 suppressed by outer')
with contextlib.suppress():
    pass
try:
    with contextlib.suppress():
        raise ValueError('not with empty')
except ValueError as e: print('16', e)
class CMx:
    def __enter__(self): return 'x'
    def __exit__(self, *a): print('exit CMx')
with contextlib.ExitStack() as st:
    print('17', st.enter_context(CMx()))
    st.callback(lambda: print('cb'))
