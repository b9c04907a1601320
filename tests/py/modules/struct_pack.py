# struct: pack/unpack/calcsize for every format character, byte orders, native alignment, Struct objects
import struct
vals = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 1, 32767], 'H': [0, 65535], 'i': [-2**31, 7, 2**31 - 1],
        'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1], 'L': [0, 2**32 - 1], 'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1],
        '?': [True, False], 'e': [0.5, -2.0, 65504.0, 6.1e-05, 1e-7], 'f': [1.5, -0.1, 3.4e38], 'd': [0.1, -1e300, 5e-324]}
for order in '<>!=':
    for code, vs in vals.items():
        for v in vs:
            b = struct.pack(order + code, v)
            print(order + code, v, b, struct.unpack(order + code, b))
for code in 'bBhHiIlLqQnNPefd?':
    print(code, struct.calcsize(code), struct.calcsize('<' + code) if code not in 'nNP' else '-')
print(struct.calcsize('ci'), struct.calcsize('ic'), struct.calcsize('<ci'), struct.calcsize('cd'), struct.calcsize('bhiq'),
      struct.calcsize('3s2x4p'), struct.calcsize(' 2i  h '), struct.calcsize(''), struct.calcsize('0i'), struct.calcsize('c0i'))
print(struct.pack('ci', b'a', 1), struct.pack('@hbi', 1, 2, 3), struct.pack('=hbi', 1, 2, 3))
print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('0s', b'x'))
print(struct.unpack('5s', b'ab\x00\x00\x00'), struct.unpack('5p', b'\x03abc\x00'), struct.unpack('3c', b'xyz'))
print(struct.pack('>3h2x?', 1, 2, 3, True), struct.unpack('>3h2x?', b'\x00\x01\x00\x02\x00\x03\x00\x00\x01'))
print(struct.pack('<f', float('inf')), struct.pack('<d', float('-inf')), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('<e', 1.0009765625), struct.pack('<e', 1.00048828125), struct.pack('<e', 65519.99))
import math
print(math.isnan(struct.unpack('<d', struct.pack('<d', float('nan')))[0]), math.isnan(struct.unpack('<e', struct.pack('<e', float('nan')))[0]))
print(struct.pack('<i', True), struct.pack('<?', 5), struct.pack('<?', ''), struct.pack('<d', 3), struct.pack(b'>H', 258))
s = struct.Struct('<2hI')
print(s.size, s.format, s.pack(1, -1, 7), s.unpack(b'\x01\x00\xff\xff\x07\x00\x00\x00'), type(s).__name__)
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', 1), struct.unpack_from('<h', b'\x00\x01\x02\x03', offset=2), struct.unpack_from('<h', b'\x00\x01\x02\x03', -2))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')), list(s.iter_unpack(b'')))
class Idx:
    def __index__(self):
        return 42
print(struct.pack('<i', Idx()), struct.pack('<Q', 2**64 - 1), struct.unpack('<Q', b'\xff' * 8))
