# asyncio Lock, Event, Semaphore, BoundedSemaphore, Condition: FIFO wake-up order and cancellation of waiters
import asyncio
import re


def clean(r):
    return re.sub(r' at 0x[0-9a-f]+', '', r)


async def main():
    lock = asyncio.Lock()
    print(clean(repr(lock)), lock.locked())

    async def user(name):
        print(name, 'wants the lock')
        async with lock:
            print(name, 'has the lock')
            await asyncio.sleep(0)
            await asyncio.sleep(0)
        print(name, 'released')

    await asyncio.gather(user('a'), user('b'), user('c'))
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    # a cancelled waiter is skipped
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(user('d'))
    await asyncio.sleep(0)
    print(clean(repr(lock)))
    w1.cancel()
    lock.release()
    await w2
    print(w1.cancelled(), lock.locked())

    ev = asyncio.Event()

    async def waiter(name):
        print(name, 'waits')
        print(name, 'woke', await ev.wait())

    ts = [asyncio.create_task(waiter(n)) for n in 'xyz']
    await asyncio.sleep(0)
    print(clean(repr(ev)), ev.is_set())
    ev.set()
    print('set', clean(repr(ev)))
    await asyncio.gather(*ts)
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    print(clean(repr(sem)))

    async def limited(name):
        async with sem:
            print(name, 'in, value', sem._value)
            await asyncio.sleep(0)
        print(name, 'out')

    await asyncio.gather(*(limited(n) for n in 'pqrs'))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, 'consumed', items.pop(0))

    cs = [asyncio.create_task(consumer(n)) for n in ('c1', 'c2')]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append(2)
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)


asyncio.run(main())
