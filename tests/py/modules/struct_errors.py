# struct: errors (struct.error and others) with CPython messages
import struct
cases = ['struct.pack("h", 40000)', 'struct.pack("<h", 40000)', 'struct.pack("B", 256)', 'struct.pack("<B", -1)', 'struct.pack("b", 200)',
 'struct.pack("<i", 2**31)', 'struct.pack("i", 2**31)', 'struct.pack("<I", -1)', 'struct.pack("I", -1)', 'struct.pack("<q", 2**63)', 'struct.pack("<Q", -1)',
 'struct.pack("<l", 2**31)', 'struct.pack("l", 2**63)', 'struct.pack("<H", -1)', 'struct.pack("H", 70000)', 'struct.pack("i", 1.5)', 'struct.pack("i", "x")', 'struct.pack("f", "x")',
 'struct.pack("c", b"ab")', 'struct.pack("c", "a")', 'struct.pack("s", "a")', 'struct.pack("z", 1)', 'struct.pack("3", 1)', 'struct.pack("ii", 1)',
 'struct.pack("i", 1, 2)', 'struct.unpack("i", b"abc")', 'struct.unpack_from("i", b"abcdef", 4)', 'struct.unpack_from("i", b"abcdef", -10)', 'struct.unpack_from("i", b"abcdef", 10)',
 'list(struct.iter_unpack("i", b"abcdef"))', 'list(struct.iter_unpack("", b""))', 'struct.calcsize("z")', 'struct.pack("<e", 1e6)', 'struct.pack("<f", 1e300)',
 'struct.pack("?", [])', 'struct.pack("n", 1)', 'struct.pack("<n", 1)', 'struct.pack("<P", 1)', 'struct.pack("e", "a")', 'struct.Struct(5)', 'struct.pack(b"<i", 1)',
 'struct.error.__mro__', 'struct.pack()', 'struct.unpack("i")', 'struct.pack("p", "x")', 'struct.pack("x", 1)', 'struct.pack("i", 2**100)', 'struct.pack("<b", 2**100)', 'struct.pack("<Q", 2**64)']
for c in cases:
    try: print(c, '->', repr(eval(c)))
    except Exception as e: print(c, '!!', type(e).__name__, e)
