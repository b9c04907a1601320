# throw()/close() on a coroutine suspended in `await` are delegated to the awaited object
class Future:
    def __await__(self):
        try:
            v = yield "waiting"
        except ValueError as e:
            print("future got", repr(e))
            return "future-handled"
        return v

async def leaf():
    try:
        return await Future()
    finally:
        print("leaf finally")

async def mid():
    r = await leaf()
    print("mid got", r)
    return r

c = mid()
print(c.send(None))
try:
    c.throw(ValueError("x"))
except StopIteration as e:
    print("done", e.value)

c = mid()
print(c.send(None))
c.close()
print("closed")

c = mid()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("done", e.value)

c = mid()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
