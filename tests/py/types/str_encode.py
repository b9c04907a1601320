# str.encode to UTF-8 and bytes.decode round trips
s = "héllo 日本 😀"
b = s.encode()
print(b)
print(len(s), len(b))
print(b.decode() == s)
print("abc".encode("utf-8"), "é".encode("utf-8"))
print(b"caf\xc3\xa9".decode("utf-8"))
print(list("é".encode()))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError:
    print("UnicodeDecodeError")
