# contextlib: contextmanager (also as a decorator), suppress, closing, nullcontext, ExitStack, redirect_stdout
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout,
                        redirect_stderr, AbstractContextManager, ContextDecorator)

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as t:
    print('inside', t)
print(tag.__name__)

@contextmanager
def catching():
    try:
        yield
    except ZeroDivisionError as e:
        print('caught', e)

with catching():
    1 / 0
print('after catching')

try:
    with tag('b'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))

@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2
print(decorated(3), decorated(4))

@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def two_yields():
    yield
    yield
for cm in [no_yield, two_yields]:
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)

@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print(e)

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closed', self.n)
with closing(Res(1)) as r:
    print('using', r.n)

with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

class CM:
    def __init__(self, n, swallow=False):
        self.n, self.swallow = n, swallow
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
        return self.swallow

with ExitStack() as stack:
    vals = [stack.enter_context(CM(i)) for i in range(3)]
    stack.callback(print, 'callback', 'args', sep='-')
    stack.push(lambda *exc: print('pushed exit', exc[0]))
    print(vals)

with ExitStack() as stack:
    stack.enter_context(CM('swallower', True))
    stack.enter_context(CM('inner'))
    raise ValueError('swallowed by the outer one')
print('after swallow')

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('original')
except ZeroDivisionError as e:
    print('replaced', type(e.__context__).__name__, e.__context__)

with ExitStack() as stack:
    stack.enter_context(CM('moved'))
    moved = stack.pop_all()
print('stack exited, moved not yet')
moved.close()

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
with redirect_stdout(w) as target:
    print('captured', 1, 2)
print(target is w, repr(''.join(w.parts)))
w2 = Writer()
with redirect_stderr(w2):
    sys.stderr.write('to stderr\n')
print(w2.parts)

class Mine(AbstractContextManager):
    def __exit__(self, *exc):
        return None
with Mine() as me:
    print(type(me).__name__)

class Deco(ContextDecorator):
    def __enter__(self):
        print('deco enter')
    def __exit__(self, *exc):
        print('deco exit')
@Deco()
def f():
    print('in f')
f()
