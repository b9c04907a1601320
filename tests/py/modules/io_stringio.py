# io.StringIO: reading, writing, seeking, newline handling and CPython's errors
import io

s = io.StringIO("héllo\nworld\nlast")
print(s.read(3), repr(s.readline()), s.tell())
print(s.readlines())
print(repr(s.read()), s.tell())
s.seek(0)
print([line for line in s])
print(s.write("XY"), s.tell(), repr(s.getvalue()))
s.seek(0, 2)
print(s.write("!"), s.getvalue())
s.seek(30)
s.write("z")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(-1)), repr(s.readline(0)))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
s.writelines(["a\n", "b"])
print(repr(s.getvalue()), s.read(None))

t = io.StringIO()
print(repr(t.getvalue()), repr(t.read()), t.tell())
print("to", "stringio", sep="-", file=t)
print(repr(t.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)

for nl in [None, "", "\n", "\r", "\r\n"]:
    u = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), u.readlines(), repr(u.getvalue()))
    u = io.StringIO(newline=nl)
    u.write("x\ny\r\nz\r")
    print(repr(nl), repr(u.getvalue()))

def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: io.StringIO(b"x"))
err(lambda: io.StringIO(newline="x"))
err(lambda: io.StringIO(newline=5))
err(lambda: io.StringIO().write(b"x"))
err(lambda: io.StringIO().seek(-1))
err(lambda: io.StringIO().seek(1, 1))
err(lambda: io.StringIO().seek(1, 2))
err(lambda: io.StringIO().seek(0, 3))
err(lambda: io.StringIO().seek(0, 1))
err(lambda: io.StringIO().seek(1.5))
err(lambda: io.StringIO().truncate(-1))
err(lambda: io.StringIO().read("x"))
err(lambda: io.StringIO().fileno())
err(lambda: io.StringIO(None).getvalue())
closed = io.StringIO("x")
closed.close()
closed.close()
for name in ["read", "getvalue", "tell", "readline", "readable", "seekable", "writable", "__iter__"]:
    err(getattr(closed, name))
err(lambda: closed.write("x"))
err(lambda: closed.seek(0))
err(lambda: next(closed))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase), issubclass(io.UnsupportedOperation, OSError))
class Sub(io.StringIO):
    pass
print(Sub("sub").read(), type(Sub()).__name__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.StringIO.__name__, io.StringIO.__module__)
