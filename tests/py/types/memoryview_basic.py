# memoryview over bytes, bytearray and array.array: items, slices (zero-copy), attributes, conversions.
import array

m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.obj)
print(m.tobytes(), m.tolist(), m.hex(), m.hex(':'), m.hex('-', 2), bytes(m), bytearray(m))
s = m[1:4]
print(type(s).__name__, s.tobytes(), len(s), s.obj is m.obj, s[0], s.shape, s.strides)
r = m[::-2]
print(r.tobytes(), r.tolist(), r.strides, r.contiguous, m.contiguous, m[::2].c_contiguous)
print(list(m[:3]), [x for x in m[3:]], m[10:].tobytes(), len(m[4:1]))

ba = bytearray(b'hello world')
v = memoryview(ba)
print(v.readonly, v.obj is ba)
v[0] = ord('H')
v[6:11] = b'WORLD'
print(ba)
w = v[6:]
w[0:2] = bytearray(b'wo')
print(ba, v[6:].tobytes())
ba[1] = ord('E')  # writes through to existing views
print(v[1], w.tobytes())
v[::2] = b'xxxxxx'
print(ba)

a = array.array('i', [1, -2, 3, 40000])
av = memoryview(a)
print(av.format, av.itemsize, len(av), av.nbytes, av[1], av[-1], av.tolist(), av.shape, av.strides)
av[0] = 99
print(a, av[1:3].tolist(), av[::-1].tolist())
d = memoryview(array.array('d', [1.5, -2.0]))
d[1] = 7
print(d.format, d.tolist(), d[0])
for tc in 'bBhHiIlLqQfd':
    x = memoryview(array.array(tc, [1, 2, 3]))
    print(tc, x.format, x.itemsize, x.tolist(), x[::-1].tolist())

c = memoryview(b'\x01\x02\x03\x04').cast('h')
print(c.format, c.itemsize, len(c), c.tolist(), c.cast('B').tolist(), c.cast('c').tolist(), c.cast('b', shape=[4]).shape)
print(memoryview(bytearray(8)).cast('d').tolist(), memoryview(b'\xff\xfe').cast('b').tolist())
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == memoryview(bytearray(b'ab')), memoryview(b'ab') != b'ac')
print(memoryview(array.array('i', [1, 2])) == array.array('l', [1, 2]), memoryview(b'ab') == 'ab', m == m)
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'xabc')[1:]) == hash(b'abc'))
print(memoryview(m) .tobytes(), memoryview(memoryview(ba)[2:4]).tobytes())
try:
    m[...]
except TypeError as e:
    print(e)
print(memoryview(b'').tolist(), len(memoryview(bytearray())), memoryview(b'').tobytes())
print(isinstance(m, memoryview), type(m), memoryview(object=b'k').tobytes())
