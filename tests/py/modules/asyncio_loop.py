# asyncio event loop: call_soon/call_later order relative to tasks, run_until_complete, run_forever/stop, errors
import asyncio


async def coro(name, n=2):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


def plain():
    pass


print(asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(plain))
c = coro('x')
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain))
c.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.run(42)
except ValueError as e:
    print(e)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
t0 = loop.time()
print(isinstance(t0, float), loop.time() >= t0)
loop.call_soon(print, 'soon 1')
h = loop.call_soon(print, 'cancelled handle')
h.cancel()
print(h.cancelled())
task = loop.create_task(coro('task', 3))
loop.call_soon(print, 'soon 2')
print(loop.run_until_complete(task))
# timers fire in the order of their deadlines (never earlier than asked)
now = loop.time()
loop.call_at(now + 0.002, print, 'at 2')
loop.call_at(now + 0.001, print, 'at 1')
loop.call_later(0.003, print, 'later 3')
loop.call_at(now + 0.0015, print, 'cancelled timer').cancel()
print(loop.run_until_complete(asyncio.sleep(0.005, result='slept')), loop.time() - now >= 0.005)


async def inside():
    print('running loop is loop:', asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)
    asyncio.get_running_loop().call_soon(print, 'callback from inside')
    await asyncio.sleep(0)
    nested = coro('nested')
    try:
        asyncio.run(nested)
    except RuntimeError as e:
        print(e)
    nested.close()
    nested = coro('n2')
    try:
        loop.run_until_complete(nested)
    except RuntimeError as e:
        print(e)
    nested.close()
    loop.call_later(0.001, loop.stop)
    return 'inside done'


fut = asyncio.ensure_future(inside(), loop=loop)
loop.run_forever()
print('stopped', fut.result())
loop.call_soon(loop.stop)
loop.run_forever()


def handler(lp, context):
    print('handler:', context['message'].split(' ')[:3], repr(context['exception']))


loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(lambda: 1 / 0)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
c = coro('closed')
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
print(asyncio.run(coro('run')))
print(asyncio.run(coro('again', 1)))
