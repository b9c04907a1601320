# io.BytesIO: reading, writing, seeking, readinto and CPython's errors
import io

b = io.BytesIO(b"ab\ncd\r\nef")
print(b.read(2), b.readline(), b.tell(), b.readlines())
b.seek(0)
print(list(b), b.read(), b.read(5))
print(b.write(b"XYZ"), b.tell(), b.getvalue())
b.seek(-2, 2)
print(b.read(), b.seek(-100, 1), b.tell())
b.seek(15)
print(b.write(bytearray(b"!")), b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
b.seek(1)
print(b.truncate(), b.getvalue())
b = io.BytesIO(bytearray(b"0123456789"))
buf = bytearray(4)
print(b.readinto(buf), buf, b.read1(2), b.read1(), b.readline(0))
b.seek(0)
print(b.readline(3), b.readlines(1), b.readable(), b.writable(), b.seekable(), b.isatty())
b.writelines([b"A", bytearray(b"B")])
print(b.getvalue())
with io.BytesIO() as w:
    w.write(b"hello")
    print(w.getvalue())
print(w.closed)

def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: io.BytesIO("str"))
err(lambda: io.BytesIO(5))
err(lambda: io.BytesIO().write("s"))
err(lambda: io.BytesIO().seek(-1))
err(lambda: io.BytesIO().seek(0, 3))
err(lambda: io.BytesIO().seek(1.0))
err(lambda: io.BytesIO().truncate(-2))
err(lambda: io.BytesIO().read("x"))
err(lambda: io.BytesIO().fileno())
err(lambda: io.BytesIO(None).getvalue())
err(lambda: io.BytesIO(b"abc").read(None))
c = io.BytesIO(b"x")
c.close()
for name in ["read", "getvalue", "tell", "readline", "readable", "seekable", "writable"]:
    err(getattr(c, name))
print(iter(c) is c)
err(lambda: c.write(b"x"))
err(lambda: c.seek(0))
err(lambda: next(c))
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase), io.BytesIO.__module__)
class Sub(io.BytesIO):
    def extra(self):
        return self.getvalue() * 2
print(Sub(b"q").extra())
