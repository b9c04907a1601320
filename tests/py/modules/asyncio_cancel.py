# asyncio cancellation: CancelledError at the await point, finally blocks, messages, cancelling/uncancel, shield
import asyncio


async def sleeper(name):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, 'got', repr(e))
        raise
    finally:
        print(name, 'finally')


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn ignores the cancel, cancelling =', asyncio.current_task().cancelling())
        print('uncancel ->', asyncio.current_task().uncancel())
    await asyncio.sleep(0)
    return 'survived'


async def main():
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(sleeper('s1'))
    await asyncio.sleep(0)
    print('cancel ->', t.cancel(), t.cancelling(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw', repr(e), t.cancelled(), t.done())
    print('cancel again ->', t.cancel())
    # cancelled before it ever ran: the coroutine never starts
    t = asyncio.create_task(sleeper('s2'))
    t.cancel('early')
    try:
        await t
    except asyncio.CancelledError as e:
        print('early:', repr(e))
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    # cancelling a gather cancels its children
    g = asyncio.gather(sleeper('g1'), sleeper('g2'))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    # shield: the outer await is cancelled, the inner task goes on
    go = asyncio.Event()

    async def shielded():
        await go.wait()
        return 'inner result'
    inner = asyncio.create_task(shielded())
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled, inner done?', inner.done())
    go.set()
    print(await inner)
    # a task cancelling itself via its own handle
    async def self_cancel():
        asyncio.current_task().cancel()
        print('still running until the next await')
        try:
            await asyncio.sleep(0)
        finally:
            print('self_cancel finally')
    t = asyncio.create_task(self_cancel())
    await asyncio.gather(t, return_exceptions=True)
    print('self-cancelled', t.cancelled())
    # a coroutine catching the cancel and returning normally
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'swallowed'
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())


asyncio.run(main())
