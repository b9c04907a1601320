# asyncio edge cases: wait_for returning a caught cancel's value, lock hand-over past a cancelled waiter, a task
# awaiting itself, cancelling through gather, call_soon between task steps, nested timeouts
import asyncio, re
def clean(r): return re.sub(r'(, defined)? at [^>]*>', '>', r)
async def catcher():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('catcher caught')
        return 'caught value'
async def child(n, fail=None):
    await asyncio.sleep(0)
    if fail: raise fail
    return n
async def main():
    print(await asyncio.wait_for(catcher(), 0.001))
    lock = asyncio.Lock()
    await lock.acquire()
    async def w(name):
        async with lock:
            print(name, 'locked')
    t1 = asyncio.create_task(w('t1')); t2 = asyncio.create_task(w('t2'))
    await asyncio.sleep(0)
    t1.cancel(); lock.release()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print(t1.cancelled(), clean(repr(t1)))
    c = asyncio.create_task(child(1))
    c2 = asyncio.create_task(child(2))
    c2.cancel()
    try:
        await asyncio.gather(c, c2)
    except asyncio.CancelledError as e:
        print('gather child cancelled', repr(e))
    f = asyncio.get_running_loop().create_future()
    async def aw(name):
        print(name, await f)
    ts = [asyncio.create_task(aw(n)) for n in 'ab']
    await asyncio.sleep(0)
    f.set_result(5)
    await asyncio.gather(*ts)
    async def selfwait():
        await asyncio.current_task()
    t = asyncio.create_task(selfwait())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError', clean(str(e)))
    async def outer():
        await asyncio.gather(child(1), catcher())
    t = asyncio.create_task(outer())
    await asyncio.sleep(0); await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print('outer', r, t.cancelled())
    print(await asyncio.sleep(-1, 'neg'))
    loop = asyncio.get_running_loop()
    async def tk(n):
        print('task', n); loop.call_soon(print, 'soon from', n); await asyncio.sleep(0); print('task', n, 'again')
    await asyncio.gather(tk(1), tk(2))
    async with asyncio.timeout(0.001):
        try:
            async with asyncio.timeout(10):
                await asyncio.sleep(1)
        except TimeoutError:
            print('inner got TimeoutError?!')
        except asyncio.CancelledError:
            print('inner passes CancelledError')
            raise
    print('unreachable')
try:
    asyncio.run(main())
except TimeoutError:
    print('TimeoutError at top')
