# asyncio timeouts: wait_for, timeout()/timeout_at(), wait() with return_when, as_completed
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        return name
    finally:
        print('job', name, 'ends')


async def main():
    print(await asyncio.wait_for(job('quick', 0), 1))
    try:
        await asyncio.wait_for(job('slow', 10), 0.005)
    except asyncio.TimeoutError as e:
        print('wait_for timed out:', type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(job('zero', 10), 0)
    except TimeoutError:
        print('timeout 0')
    print(await asyncio.wait_for(job('none', 0.001), None))
    try:
        async with asyncio.timeout(0.005) as cm:
            print(cm.expired(), cm.when() is not None)
            await job('in timeout', 10)
    except TimeoutError:
        print('timeout() raised TimeoutError, expired:', cm.expired())
    async with asyncio.timeout(1) as cm:
        await job('fits', 0)
    print('fits expired:', cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm))
        cm.reschedule(asyncio.get_running_loop().time() - 1)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('rescheduled into the past: cancelled')
            raise
    # (unreachable after the raise above is converted: the next line runs after the block)
    print('never printed?')


async def main2():
    try:
        await main()
    except TimeoutError:
        print('outer TimeoutError from rescheduled timeout')
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.003):
            async with asyncio.timeout(10):
                await asyncio.sleep(10)
    except TimeoutError:
        print('outer timeout_at fired through the inner one')
    t1 = asyncio.create_task(job('t1', 0.001))
    t2 = asyncio.create_task(job('t2', 10))
    t3 = asyncio.create_task(job('t3', 0, fail=True))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([t2, t3], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), type(t3.exception()).__name__)
    done, pending = await asyncio.wait([t2], timeout=0.002)
    print(len(done), len(pending))
    t2.cancel()
    done, pending = await asyncio.wait([t2])
    print(len(done), len(pending), t2.cancelled())
    for bad in ([], [job('c', 0)]):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        for c in bad:
            c.close()
    # as_completed yields in completion order (futures resolved by a helper, not by the clock)
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]

    async def resolve():
        for i in (1, 2, 0):
            await asyncio.sleep(0)
            futs[i].set_result(f'f{i}')
    helper = asyncio.create_task(resolve())
    print([await f for f in asyncio.as_completed(futs)])
    await helper


asyncio.run(main2())
