class Sleep:
    def __await__(self):
        v = yield "tick"
        return v

async def agen(n):
    for i in range(n):
        got = await Sleep()
        yield i * 10
    print("agen done")

def run(coro):
    ticks = 0
    try:
        v = coro.send(None)
        while True:
            ticks += 1
            v = coro.send(ticks)
    except StopIteration as e:
        return e.value, ticks

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    print(out)
    print([x async for x in agen(2)])
    print({x: 1 async for x in agen(2)})
    print([await Sleep() for _ in range(3)])
    ag = agen(5)
    print(await ag.__anext__(), await ag.asend(None))
    await ag.aclose()
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("closed")
    g = (x + 1 async for x in agen(3))
    print(type(g).__name__, [y async for y in g])
    return "ok"

print(run(main()))
a = agen(1)
print(type(a).__name__, type(a.__anext__()).__name__, type(a.aclose()).__name__)

async def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e!r}"
    yield 3

async def main2():
    t = thrower()
    print(await t.__anext__())
    print(await t.athrow(ValueError("x")))
    print(await t.__anext__())
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("end")
    async def bad():
        try:
            yield 1
        finally:
            yield 2
    b = bad()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def stop():
        raise StopAsyncIteration
        yield
    try:
        await stop().__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)
print(run(main2()))

# Compile-time rules for async comprehensions and async generators.
for src in ['def f(): return [await x for x in y]',
            '[await x for x in y]',
            'def f(): return (await x for x in y)',
            'def f(): return [x async for x in y]',
            'def f(): return (x async for x in y)',
            'async def f(): return [[x async for x in y] for z in w]',
            'def f(): return [[x async for x in y] for z in w]',
            'async def f(): return (x async for x in y)',
            'async def f():\n  yield 1\n  return 2',
            'async def f():\n  yield from x',
            'async def f(): return lambda: await x']:
    try:
        compile(src, '<s>', 'exec')
        print('ok:', src)
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)

# Nested async comprehension inside an async function is awaited by the outer one.
async def nested():
    return [[x async for x in agen(2)] for _ in range(2)]
print(run(nested()))

# asend() values reach the yield expression; async generator state after exhaustion.
async def echo():
    got = None
    while True:
        got = yield got
        if got == 'stop':
            return

async def main3():
    e = echo()
    print(await e.asend(None), await e.asend(1), await e.asend('two'))
    try:
        await e.asend('stop')
    except StopAsyncIteration:
        print('stopped')
    try:
        await e.asend(None)
    except StopAsyncIteration:
        print('still stopped')
    aw = e.__anext__()
    try:
        await aw
    except StopAsyncIteration:
        pass
    try:
        await aw
    except RuntimeError as err:
        print(err)
print(run(main3()))
