# array.array: construction, item access, slicing, methods, operators and repr
from array import array, typecodes

print(typecodes)
for tc in "bBhHiIlLqQfd":
    a = array(tc, [1, 2, 3])
    print(tc, a, a.itemsize, a.typecode, len(a), a[0], a[-1], list(a), a.tolist())
a = array('i')
print(a, len(a), array('d'), array('f', [0.1]), array('d', (1.5, -2)))
a = array('i', range(10))
print(a[2:5], a[::-2], a[-3:], a[100:], type(a[1:3]).__name__)
a[1:3] = array('i', [7, 8, 9])
print(a)
a[::2] = array('i', [0] * 6)
print(a)
del a[0]
del a[::3]
print(a)
a.append(5); a.extend([6, 7]); a.extend(array('i', [8])); a.insert(0, -1); a.insert(100, 99); a.insert(-100, -99)
print(a, a.pop(), a.pop(0), a.pop(-2))
a.remove(6)
print(a, a.index(8), a.count(0), 0 in a, 42 in a, a.index(0, 2), a.index(0, -7, -1))
a.reverse()
print(a)
b = array('h', [1, 256, -2])
b.byteswap()
print(b, b.tobytes())
c = array('H')
c.frombytes(b"\x01\x00\x02\x00")
c.fromlist([3, 4])
print(c, bytes(c), bytearray(c), c.tobytes() == bytes(c))
print(array('b', b"\x01\xff"), array('B', b"\x01\xff"), array('d', array('i', [1, 2])))
x = array('i', [1, 2])
y = x + array('i', [3])
print(y, x * 2, 2 * x, x * 0, x * -1)
x += array('i', [9])
x *= 2
print(x, x == array('i', [1, 2, 9, 1, 2, 9]), x == array('d', [1, 2, 9, 1, 2, 9]), x != x)
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) <= array('i', [1]), array('b', [5]) > array('d', [4.5]))
print(array('i', [1, 2]) == [1, 2], array('f', [1.5]) == array('f', [1.5]))
print(list(iter(array('B', [3, 4]))), [v * 2 for v in array('d', [0.5, 1.5])], sum(array('q', [2**40, 1])))
print(repr(array('f', [0.1, 1e20])), str(array('d', [1e300])), array('Q', [2**64 - 1]), array('q', [-2**63]))
print(array('l', [1, 2]).buffer_info()[1], array('i', [3]).__class__.__name__, array.__module__)
print(array('i', [1, 2, 3])[True], array('i', [4, 5]) * True)
z = array('I', [1, 2])
z[0] = 7
z[-1] = 8
print(z, z.__len__(), array('i', array('i', [4, 5])))
class Sub(array):
    def total(self):
        return sum(self)
s = Sub('i', [1, 2, 3])
print(s.total(), type(s).__name__, s[1:], type(s[1:]).__name__, s)
print(array('d', [1.0, 2.5]).tolist(), array('f', [3.25])[0], hash(1) is not None)
