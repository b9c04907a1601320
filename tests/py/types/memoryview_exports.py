# memoryview errors, release / context manager, and exporters that cannot resize while exported (BufferError).
import array
import hashlib
import struct
import io


def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b'abc')
m = memoryview(ba)
attempt(lambda: ba.append(1))
attempt(lambda: ba.extend(b'xy'))
attempt(lambda: ba.pop())
attempt(lambda: ba.clear())
attempt(lambda: ba.insert(0, 1))
attempt(lambda: ba.remove(97))
def grow():
    ba[0:1] = b'zz'
attempt(grow)
def shrink():
    del ba[0]
attempt(shrink)
def iadd():
    global ba
    ba += b'q'
attempt(iadd)
def same_size():
    ba[0:2] = b'XY'
    return ba
attempt(same_size)
attempt(lambda: ba.reverse() or ba)
m.release()
ba.append(100)
print(ba)
attempt(lambda: len(m))
attempt(lambda: m[0])
attempt(lambda: m.tobytes())
attempt(lambda: m.obj)
print(m == m, m == b'abc')
m.release()

with memoryview(ba) as v:
    attempt(lambda: ba.append(1))
    print(v.tobytes())
ba.append(101)
print(ba)

a = array.array('h', [1, 2, 3])
with memoryview(a) as av:
    attempt(lambda: a.append(4))
    attempt(lambda: a.extend([4]))
    attempt(lambda: a.pop())
    av[0] = -7
a.append(4)
print(a)

# A view that is merely dropped stops locking in CPython at once; in pyco only once the collector finds it
# unreachable, which a stale word on the C stack can delay (README: memoryview). Not tested here for that reason.
bb = bytearray(b'xyz')
memoryview(bb)[0] = ord('X')
print(bytes(memoryview(bb)[1:]), bb)

ro = memoryview(b'abc')
attempt(lambda: ro.__setitem__(0, 1))
w = memoryview(bytearray(b'abc'))
attempt(lambda: w.__setitem__(0, 300))
attempt(lambda: w.__setitem__(0, -1))
attempt(lambda: w.__setitem__(0, 'a'))
attempt(lambda: w.__setitem__(slice(0, 2), b'xyz'))
attempt(lambda: w.__delitem__(0))
attempt(lambda: w[5])
attempt(lambda: w['a'])
attempt(lambda: memoryview('abc'))
attempt(lambda: memoryview(5))
attempt(lambda: hash(w))
attempt(lambda: hash(memoryview(b'ab').cast('h')))
attempt(lambda: w.cast('h'))
attempt(lambda: w.cast('x'))
attempt(lambda: w[::2].cast('B'))
attempt(lambda: memoryview(b'abcd').cast('h').cast('i'))
attempt(lambda: memoryview(array.array('i', [1])).__setitem__(0, 2 ** 40))
attempt(lambda: memoryview(array.array('i', [1])).__setitem__(0, 1.5))
attempt(lambda: memoryview(array.array('B', [1])).__setitem__(0, 256))
attempt(lambda: memoryview(array.array('b', [1])).__setitem__(0, -129))
attempt(lambda: memoryview(array.array('d', [1])).__setitem__(0, 'x'))
attempt(lambda: memoryview(array.array('u', 'ab'))[0])

# Consumers of the buffer interface accept memoryviews.
data = memoryview(b'xx\x01\x00\x02\x00yy')[2:6]
print(struct.unpack('<hh', data), hashlib.sha256(data).hexdigest()[:16], bytes(data), bytearray(data))
target = bytearray(6)
struct.pack_into('<hh', memoryview(target)[1:], 0, 5, 6)
print(target, b'ab' + memoryview(b'cd'), b'abc'.startswith(memoryview(b'ab')), b'a-b'.split(memoryview(b'-')))
buf = io.BytesIO()
buf.write(memoryview(b'hello')[1:])
print(buf.getvalue())
