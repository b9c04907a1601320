# yield from a non-generator iterator: StopIteration(value) gives the value; throw/close use its methods
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("it-value")
        return self.n

def g():
    r = yield from It()
    print("result", r)

print(list(g()))

def h():
    r = yield from [1, 2]
    print("list result", r)
print(list(h()))

class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "tick"
    def send(self, v):
        print("send", v)
        if v == "stop":
            raise StopIteration("sent-stop")
        return "sent"
    def throw(self, e):
        print("Thrower.throw", type(e).__name__)
        if isinstance(e, KeyError):
            raise StopIteration("thrown-stop")
        return "thrown"
    def close(self):
        print("Thrower.close")

def d():
    try:
        r = yield from Thrower()
        print("d result", r)
        yield "end"
    finally:
        print("d finally")

x = d()
print(next(x))
print(x.send(1))
print(x.throw(ValueError))
print(x.throw(KeyError("k")))
x.close()

x = d()
next(x)
print(x.send("stop"))
x.close()

x = d()
next(x)
x.close()

# an iterator without throw(): the exception is raised in the delegating generator
def e():
    try:
        yield from iter([1, 2, 3])
    except ValueError:
        print("e caught ValueError")
        yield 99
x = e()
print(next(x))
print(x.throw(ValueError))
