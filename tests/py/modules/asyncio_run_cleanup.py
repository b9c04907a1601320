# asyncio.run: tasks left running are cancelled (their finally blocks run), errors and results leave run(),
# the steps still due when main ends run first, nested gathers and a long chain of awaits interleave as CPython's
import asyncio


async def background(name):
    try:
        i = 0
        while True:
            print(name, 'tick', i)
            i += 1
            await asyncio.sleep(0)
    finally:
        print(name, 'cleaned up')


async def main(fail):
    asyncio.create_task(background('bg'))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main ends')
    if fail:
        raise ValueError('main failed')
    return 'result'


print(asyncio.run(main(False)))
try:
    asyncio.run(main(True))
except ValueError as e:
    print('caught', e)


async def leaf(name, n):
    for i in range(n):
        print(' ' * len(name), name, i)
        await asyncio.sleep(0)
    return name


async def branch(name):
    return await asyncio.gather(leaf(name + 'a', 2), leaf(name + 'b', 3))


async def chain(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await chain(n - 1)


async def tree():
    print(await asyncio.gather(branch('x'), branch('y'), leaf('z', 1), chain(50)))
    ev = asyncio.Event()

    async def waits(i):
        await ev.wait()
        print('woken', i)
        await asyncio.sleep(0)
        print('after', i)

    tasks = [asyncio.create_task(waits(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print('set done')
    await asyncio.sleep(0)
    print('main between')
    await asyncio.gather(*tasks)


asyncio.run(tree())
