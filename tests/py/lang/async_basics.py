# coroutines: async def, await on coroutines and __await__ objects, driven by hand with send(None)
import sys

class Sleep:
    """An awaitable that suspends its coroutine once per tick, like a timer."""
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for i in range(self.ticks):
            yield ("sleep", i)
        return f"slept {self.ticks}"

async def add(a, b):
    r = await Sleep(1)
    return a + b, r

async def main():
    total, note = await add(1, 2)
    print("add ->", total, note)
    inner = add(10, 20)
    print(type(inner).__name__, repr(inner).startswith("<coroutine object add at"))
    print("awaited:", await inner)
    return "main done"

coro = main()
print(type(coro).__name__)
steps = []
try:
    while True:
        steps.append(coro.send(None))
except StopIteration as e:
    print("returned", e.value, "after", steps)

# re-awaiting a finished coroutine fails
async def once():
    return 1
c = once()
try:
    c.send(None)
except StopIteration as e:
    print("first:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# a tiny round-robin event loop
def run(*coros):
    ready = list(coros)
    results = {}
    while ready:
        c = ready.pop(0)
        try:
            signal = c.send(None)
            ready.append(c)
        except StopIteration as e:
            results[c.__name__ if hasattr(c, "__name__") else id(c)] = e.value
    return results

log = []
async def worker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await Sleep(1)
    return name * n
results = run(worker("a", 3), worker("b", 2), worker("c", 1))
print(log)
print(sorted(results.values()))

# exceptions propagate through await, and can be caught
async def fails():
    await Sleep(1)
    raise ValueError("inside")
async def catcher():
    try:
        await fails()
    except ValueError as e:
        return f"caught {e}"
print(run(catcher()))

# errors for things that cannot be awaited
async def bad(x):
    return await x
class BadAwait:
    def __await__(self):
        return 5
for obj in [3, BadAwait()]:
    try:
        bad(obj).send(None)
    except TypeError as e:
        print("TypeError:", e)

# coroutine objects: throw() and close()
async def guarded():
    try:
        await Sleep(3)
    except KeyError:
        print("guarded saw KeyError")
        return "recovered"
g = guarded()
print(g.send(None))
c2 = guarded()
c2.send(None)
c2.close()
print("closed")

# __await__ of a coroutine, and awaiting through it
async def seven():
    return 7
w = seven().__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)
