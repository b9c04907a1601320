# memoryview odds and ends: readonly targets, join, containment, reversed views, 64-bit and bool formats.
import struct, array
def attempt(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
attempt(lambda: struct.pack_into('<h', memoryview(b'xx'), 0, 1))
attempt(lambda: b''.join([memoryview(b'ab'), b'c']))
attempt(lambda: memoryview(b'abc').tobytes(order='C'))
attempt(lambda: 98 in memoryview(b'abc'))
attempt(lambda: list(reversed(memoryview(b'abc'))))
attempt(lambda: memoryview(b'abc')[1:][::-1].tobytes())
attempt(lambda: memoryview(array.array('Q', [2**64-1])).tolist())
m = memoryview(array.array('Q', [0]))
m[0] = 2**64 - 1
attempt(lambda: m.tolist())
attempt(lambda: m.__setitem__(0, 2**64))
attempt(lambda: m.__setitem__(0, -1))
attempt(lambda: memoryview(bytearray(2)).cast('?').tolist())
attempt(lambda: bytes(memoryview(b'abcdef')[::2]))
attempt(lambda: bytearray(memoryview(b'abcdef')[::-2]))
attempt(lambda: memoryview(b'ab').cast('B', shape=[3]))
attempt(lambda: memoryview(b'abcd').cast('h', shape=[2]).tolist())
