# array.array through the buffer interface: bytes(), bytearray(), struct, hashlib, io, files; 'u' arrays; aliasing
import struct, hashlib, io, os
from array import array

a = array('h', [1, -2, 300])
print(bytes(a), bytearray(a), len(bytes(array('d', [1.0]))))
print(struct.unpack('<3h', a), struct.unpack_from('<h', a, 2), list(struct.iter_unpack('<h', a)))
buf = array('B', [0] * 6)
struct.pack_into('<HI', buf, 0, 513, 67305985)
print(buf)
print(hashlib.md5(array('B', b"abc")).hexdigest() == hashlib.md5(b"abc").hexdigest())
h = hashlib.sha256()
h.update(array('i', [1, 2]))
print(h.hexdigest() == hashlib.sha256(array('i', [1, 2]).tobytes()).hexdigest())
b = io.BytesIO(array('B', b"xyz"))
b.seek(0, 2)
b.write(array('B', b"!"))
print(b.getvalue())
target = array('b', [0, 0])
b.seek(1)
print(b.readinto(target), target)
print(b"-".join([array('B', b"ab"), b"c"]), b"ab" + bytes(array('B', [99])), array('B', b"hi") == array('B', b"hi"))
name = "_tmp_array_buffer.bin"
with open(name, "wb") as f:
    print(f.write(array('H', [0x4142, 0x4344])))
with open(name, "rb") as f:
    back = array('H')
    back.frombytes(f.read())
    print(back, back == array('H', [0x4142, 0x4344]))
os.remove(name)

u = array('u', 'héllo')
print(u, u.tounicode(), u[1], u.itemsize, u.tolist()[:2], len(u))
u.fromunicode('!')
u.append('?')
u[0] = 'H'
print(u, array('u'), u[1:3])

s = array('i', [1, 2, 3])
s[:] = s
s += s
s.extend(s)
print(s)
s[1:3] = s
print(s, len(s))
print(array('d', [1.0, float('nan')]) == array('d', [1.0, float('nan')]), array('i', [1]) == array('d', [1.0]))
match array('i', [7, 8]):
    case [x, y]:
        print("matched", x, y)
print(array('q', [5]) * 3, array('f', [0.5]) * 2, [] == array('i'))
