# asyncio.Queue: producers and consumers, maxsize back-pressure, task_done/join, QueueEmpty/QueueFull, variants
import asyncio
import re


async def producer(q, name, n):
    for i in range(n):
        await q.put(f'{name}{i}')
        print('put', f'{name}{i}', 'qsize', q.qsize())


async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, 'got', item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    workers = [asyncio.create_task(consumer(q, f'w{i}')) for i in range(2)]
    await asyncio.gather(producer(q, 'a', 3), producer(q, 'b', 3))
    print('all put')
    await q.join()
    print('joined', q.qsize())
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))

    q = asyncio.Queue(1)
    q.put_nowait('x')
    try:
        q.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(re.sub('0x[0-9a-f]+', 'ADDR', repr(q)), str(q))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    # a cancelled getter does not lose an item
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    q.put_nowait('kept')
    await asyncio.sleep(0)
    print(getter.cancelled(), q.qsize(), await q.get())

    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in 'abc':
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    try:
        await asyncio.wait_for(lq.get(), 0.001)
    except TimeoutError:
        print('get timed out', lq.empty())


asyncio.run(main())
