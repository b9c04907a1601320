# asyncio tasks: round-robin order of interleaved tasks, gather (return_exceptions), Task methods and names
import asyncio
import re


def clean(r):
    # CPython's task repr names the coroutine's source position; pyco has no frames (see README)
    return re.sub(r'(, defined)? at [^>]*>', '>', r)


async def worker(name, n, delay=0):
    for i in range(n):
        print(name, 'step', i)
        await asyncio.sleep(delay)
    return name.upper()


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    print('main is', asyncio.current_task().get_name())
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 2), name='bee')
    print(t1.get_name(), t2.get_name(), t1.done())
    print(clean(repr(t1)))
    await asyncio.sleep(0)
    print('main after one sleep(0)')
    print(await t1, await t2, t1.done(), t1.result(), t1.exception())
    print(clean(repr(t1)))
    # gather keeps argument order, whatever the completion order
    print(await asyncio.gather(worker('x', 3, 0.002), worker('y', 1, 0.001), worker('z', 2)))
    print(await asyncio.gather())
    res = await asyncio.gather(fail('one'), worker('w', 2), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(worker('p', 3), fail('two'))
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep(0.01)
    # done callbacks run soon after completion, in the order they were added
    t = asyncio.create_task(worker('cb', 1))
    t.add_done_callback(lambda f: print('callback 1', f.result()))
    t.add_done_callback(lambda f: print('callback 2', f.done()))
    await t
    print('after await t')
    await asyncio.sleep(0)
    print('after sleep(0)')
    t.add_done_callback(lambda f: print('late callback'))
    await asyncio.sleep(0)
    t = asyncio.create_task(fail('three'))
    try:
        await t
    except ValueError as e:
        print('task raised', e, type(t.exception()).__name__)
    t.set_name(42)
    print(t.get_name(), t.cancelled())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    asyncio.get_running_loop().call_later(0.001, f.set_result, 'future value')
    print(await f, repr(f))
    print(asyncio.current_task() in asyncio.all_tasks(), len(asyncio.all_tasks()))
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(e)
    return 'done'


print(asyncio.run(main()))
