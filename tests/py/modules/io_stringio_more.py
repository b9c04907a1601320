# io: StringIO as sys.stdout, subclasses with __init__, re-initialisation, iteration protocol details
import io, sys

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1)
sys.stdout.write("more\n")
text = sys.stdout.getvalue()
sys.stdout = saved
print(repr(text))

class Log(io.StringIO):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix
    def write(self, s):
        return super().write(self.prefix + s)
log = Log("> ")
print("hello", file=log)
print(repr(log.getvalue()), log.prefix, isinstance(log, io.StringIO))

s = io.StringIO("abc")
s.read()
s.__init__("xyz")
print(s.tell(), s.read())
it = iter(io.StringIO("1\n2\n"))
print(next(it), next(it), next(it, "end"))
b = io.BytesIO(b"l1\nl2")
print([x for x in b], b.tell())
s = io.StringIO()
print(s.write("日本語"), s.tell(), s.seek(1), s.read(), s.getvalue()[::-1])
s.seek(1)
s.write("X")
print(s.getvalue(), len(s.getvalue()))
print(io.StringIO("a\nb").readlines(1), io.StringIO("a\nb\nc").readlines(3), io.BytesIO(b"a\nb\nc").readlines(-1))
print(type(io.StringIO().closed).__name__, io.StringIO().line_buffering)
print(io.StringIO().encoding, io.StringIO().errors)
