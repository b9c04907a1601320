# bytes literals, indexing to int, slicing, len, in, concatenation
b = b"hello"
print(b, len(b), b[0], b[-1], type(b[0]).__name__)
print(b[1:3], b[::-1], b[:0])
print(b"ell" in b, 104 in b, b"z" in b)
print(b + b" world", b * 2)
print(b == b"hello", b < b"help")
print(list(b"abc"), bytes([65, 66, 67]))
print(b"\x00\xff", repr(b"a'b"))
print(b.decode(), b"\xe6\x97\xa5".decode())
for byte in b"hi":
    print(byte)
