# async for and async with, driven by a hand-written loop (no asyncio)
class Tick:
    def __await__(self):
        yield "tick"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

async def loop_demo():
    seen = []
    async for v in Countdown(3):
        seen.append(v)
    else:
        seen.append("else")
    async for v in Countdown(5):
        if v == 3:
            continue
        if v == 1:
            break
        seen.append(v)
    return seen
print(run(loop_demo()))

async def with_demo():
    async with Resource("a") as r:
        print("inside", r.name)
    async with Resource("b", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Resource("c"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", e)
    async with Resource("d") as d, Resource("e") as e:
        print("both", d.name, e.name)
    return "done"
print(run(with_demo()))

async def early_return():
    async with Resource("f"):
        async for v in Countdown(10):
            if v == 7:
                return f"returned at {v}"
print(run(early_return()))

async def bad_for():
    async for x in [1, 2]:
        pass
async def bad_with():
    async with Tick():
        pass
for f in (bad_for, bad_with):
    try:
        run(f())
    except TypeError as e:
        print("TypeError:", e)
