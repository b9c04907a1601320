# throw()/close()/send() on a generator suspended in `yield from` are delegated to the inner iterator (PEP 380)
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
        return "inner-ret"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "after"
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer-recovered"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
g.close()

g = outer()
next(g)
g.close()
print("closed")

# inner throw -> StopIteration(value) resumes the outer frame with the value
def inner2():
    try:
        yield 1
    except ValueError:
        return 42

def outer2():
    v = yield from inner2()
    print("v =", v)
    yield v + 1

g = outer2()
next(g)
print(g.throw(ValueError))

# GeneratorExit: inner closed first, then raised in outer
def inner3():
    try:
        yield 1
    except GeneratorExit:
        print("inner3 GeneratorExit")
        raise

def outer3():
    try:
        yield from inner3()
    except GeneratorExit:
        print("outer3 GeneratorExit")
        raise

g = outer3()
next(g)
g.close()
g = outer3()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("propagated GeneratorExit")

# the inner's close() raising: that error is raised in the outer frame
def inner4():
    try:
        yield 1
    finally:
        raise RuntimeError("in inner close")

def outer4():
    try:
        yield from inner4()
    except RuntimeError as e:
        print("outer4 sees", e)
        raise

g = outer4()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close raised", e)

# send() delegation
def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def wrap():
    r = yield from echo()
    yield ("done", r)

g = wrap()
next(g)
print(g.send(3), g.send(4), g.send(None))
