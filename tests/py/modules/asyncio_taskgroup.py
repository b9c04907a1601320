# asyncio.TaskGroup (3.11): all tasks awaited at the block's end, the first error cancels the others and the
# parent's block, errors leave as an ExceptionGroup (handled with except*), a cancel from outside propagates
import asyncio


async def work(name, steps, fail=None):
    try:
        for i in range(steps):
            print(name, i)
            await asyncio.sleep(0)
        if fail:
            raise fail
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work('a', 2))
        t2 = tg.create_task(work('b', 3), name='bee')
        print('in block', t2.get_name())
    print('after block', t1.result(), t2.result())
    late = work('late', 1)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print(type(e).__name__)
    late.close()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('ok', 5))
            tg.create_task(work('bad', 1, ValueError('boom')))
            await asyncio.sleep(1)
            print('not reached')
    except* ValueError as eg:
        print('caught', repr(eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('x', 1, KeyError('k')))
            tg.create_task(work('y', 1, TypeError('t')))
    except ExceptionGroup as eg:
        print(eg.message, sorted(type(e).__name__ for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('body', 3))
            raise RuntimeError('body failed')
    except ExceptionGroup as eg:
        print('body error grouped:', repr(eg.exceptions))

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('child', 10))
            await asyncio.sleep(10)

    p = asyncio.create_task(parent())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    p.cancel()
    r = await asyncio.gather(p, return_exceptions=True)
    print('parent cancelled:', p.cancelled(), r)


asyncio.run(main())
