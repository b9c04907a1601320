# asyncio's MicroPython extras: sleep_ms and ThreadSafeFlag (set/wait/clear)
# CPython has neither. Under python3 (which makes the expected output) the test defines them as MicroPython documents
# them — sleep_ms(ms) sleeps ms milliseconds; ThreadSafeFlag.wait() waits until the flag is set, then clears it —
# so that both interpreters run the same program; pyco must use its own (the check below prints which).
import asyncio
import sys

if not hasattr(asyncio, 'sleep_ms'):
    def sleep_ms(ms, result=None):
        return asyncio.sleep(ms / 1000, result)

    class ThreadSafeFlag:
        def __init__(self):
            self._ev = asyncio.Event()

        def set(self):
            self._ev.set()

        def clear(self):
            self._ev.clear()

        async def wait(self):
            await self._ev.wait()
            self._ev.clear()

    asyncio.sleep_ms = sleep_ms
    asyncio.ThreadSafeFlag = ThreadSafeFlag
print('own extras:', sys.implementation.name != 'pyco' or asyncio.sleep_ms.__module__ == 'asyncio')


async def waiter(flag, name, n):
    for i in range(n):
        await flag.wait()
        print(name, 'saw the flag', i)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.sleep_ms(3, 'ms'), loop.time() - t0 >= 0.003)
    await asyncio.sleep_ms(0)
    flag = asyncio.ThreadSafeFlag()
    t = asyncio.create_task(waiter(flag, 'w', 3))
    await asyncio.sleep(0)
    flag.set()
    flag.set()          # setting twice before the waiter runs counts once
    await asyncio.sleep_ms(1)
    flag.set()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    flag.set()
    flag.clear()        # too late: set() has already woken the waiter
    await asyncio.sleep_ms(1)
    print('done?', t.done())
    flag.clear()
    flag.set()          # set with nobody waiting: the next wait() returns at once
    await t
    await flag.wait()
    print('flag was still set')
    try:
        await asyncio.wait_for(flag.wait(), 0.002)
    except asyncio.TimeoutError:
        print('no set: timeout')


asyncio.run(main())
