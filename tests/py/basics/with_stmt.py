# with statement using user context managers, exceptions and suppression
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc)
        return self.suppress

with Ctx("a") as v:
    print("inside, v =", v)

try:
    with Ctx("b"):
        raise ValueError("oops")
except ValueError:
    print("propagated")

with Ctx("c", suppress=True):
    raise KeyError("hidden")
print("after suppressed")

with Ctx("outer") as o, Ctx("inner") as i:
    print(o, i)

def f():
    with Ctx("ret"):
        return "returned"
print(f())
