# io.open / open(): universal newlines, newline=, utf-8, isinstance against io's classes, sys.stdout.buffer
import io, os, sys

name = "_tmp_io_files.txt"
with open(name, "wb") as f:
    f.write("a\r\nb\rc\nd é\n".encode("utf-8"))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with io.open(name, newline=nl, encoding="utf-8") as f:
        print(repr(nl), f.readlines())
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))
with open(name, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, "w", newline="\r") as f:
    f.write("x\ny\n")
with open(name, "rb") as f:
    print(f.read())

print(io.open is open)
t = open(name)
b = open(name, "rb")
w = open(name, "ab")
print(isinstance(t, io.TextIOWrapper), isinstance(t, io.TextIOBase), isinstance(t, io.IOBase))
print(isinstance(b, io.BufferedReader), isinstance(b, io.BufferedIOBase), isinstance(w, io.BufferedWriter))
print(isinstance(t, io.BufferedIOBase), isinstance(b, io.TextIOBase), isinstance(io.StringIO(), io.TextIOWrapper))
for f in (t, b, w):
    f.close()
try:
    open(name, "rb").write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
os.remove(name)

sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
# (CPython's sys.stdout.buffer is a BufferedWriter on a terminal, a FileIO when unbuffered: not printed)
print(sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdin.buffer.read(), sys.stderr.buffer.write(b""))
buf = io.StringIO()
print("into", 42, sep=":", end="!\n", file=buf)
print(repr(buf.getvalue()))
with open(name, "w") as f:
    print(type(f), isinstance(f, io.TextIOWrapper))
    try:
        f.nosuch
    except AttributeError as e:
        print(e)
os.remove(name)
