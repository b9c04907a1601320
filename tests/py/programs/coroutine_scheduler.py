# A tiny event loop written with plain coroutines, async generators and `async with`: tasks sleep on a
# virtual clock, talk through queues, hold a lock, and get cancelled — without asyncio.
import heapq


class Cancelled(Exception):
    pass


class _Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield ("sleep", self.delay)


def sleep(delay):
    return _Sleep(delay)


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = []
        self.seq = 0
        self.log = []

    def spawn(self, coro, name):
        task = Task(coro, name, self)
        self.ready.append((task, None))
        return task

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                when, _, task = heapq.heappop(self.timers)
                self.now = when
                self.ready.append((task, None))
            task, value = self.ready.pop(0)
            task.step(value)


class Task:
    def __init__(self, coro, name, loop):
        self.coro, self.name, self.loop = coro, name, loop
        self.done = False
        self.result = None
        self.waiters = []
        self.cancel_requested = False

    def step(self, value):
        if self.done:
            return
        try:
            if self.cancel_requested:
                self.cancel_requested = False
                request = self.coro.throw(Cancelled(f"{self.name} cancelled"))
            else:
                request = self.coro.send(value)
        except StopIteration as stop:
            self.finish(stop.value)
            return
        except Cancelled as e:
            self.finish(f"<{e}>")
            return
        kind, arg = request
        if kind == "sleep":
            self.loop.seq += 1
            heapq.heappush(self.loop.timers, (self.loop.now + arg, self.loop.seq, self))
        elif kind == "wait":
            arg.append(self)

    def finish(self, result):
        self.done, self.result = True, result
        self.loop.log.append((self.loop.now, self.name, result))
        for waiter in self.waiters:
            self.loop.ready.append((waiter, result))

    def cancel(self):
        self.cancel_requested = True
        for i, (when, seq, task) in enumerate(self.loop.timers):
            if task is self:
                self.loop.timers.pop(i)
                heapq.heapify(self.loop.timers)
                self.loop.ready.append((self, None))
                break

    def __await__(self):
        if not self.done:
            return (yield ("wait", self.waiters))
        return self.result


class _Wait:
    def __init__(self, waiters):
        self.waiters = waiters

    def __await__(self):
        return (yield ("wait", self.waiters))


class Queue:
    def __init__(self, loop):
        self.items, self.getters, self.loop = [], [], loop

    def put(self, item):
        if self.getters:
            self.loop.ready.append((self.getters.pop(0), item))
        else:
            self.items.append(item)

    async def get(self):
        if self.items:
            return self.items.pop(0)
        return await _Wait(self.getters)


class Lock:
    def __init__(self, loop):
        self.locked, self.waiters, self.loop = False, [], loop

    async def __aenter__(self):
        if self.locked:
            await _Wait(self.waiters)
        self.locked = True
        return self

    async def __aexit__(self, *exc):
        if self.waiters:
            self.loop.ready.append((self.waiters.pop(0), None))
        else:
            self.locked = False
        return False


async def ticker(name, period, count):
    for i in range(count):
        await sleep(period)
        yield f"{name}{i}"


loop = Loop()
queue = Queue(loop)
lock = Lock(loop)
shared = []


async def producer(name, period, count):
    async for item in ticker(name, period, count):
        queue.put((loop.now, item))
    return f"{name} produced {count}"


async def consumer(total):
    got = [await queue.get() for _ in range(total)]
    return got


async def writer(name, pieces):
    async with lock:
        for p in pieces:
            shared.append(f"{name}:{p}")
            await sleep(1)
    return name


async def sleeper():
    try:
        await sleep(100)
        return "woke up"
    finally:
        shared.append("sleeper cleaned up")


async def main():
    c = loop.spawn(consumer(7), "consumer")
    p1 = loop.spawn(producer("a", 2, 4), "producer-a")
    p2 = loop.spawn(producer("b", 3, 3), "producer-b")
    w = [loop.spawn(writer(n, range(2)), f"writer-{n}") for n in "xyz"]
    s = loop.spawn(sleeper(), "sleeper")
    await sleep(5)
    s.cancel()
    results = [await t for t in (p1, p2, *w)]
    items = await c
    return results, items


m = loop.spawn(main(), "main")
loop.run()
results, items = m.result
print("results:", results)
print("items:", items)
print("shared:", shared)
for entry in loop.log:
    print("t=%-3d %-11s %r" % entry)
