# bytearray methods: mutation methods, and the read-only methods shared with bytes (results are bytearrays).

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"ab")
print(b.append(99), b)
b.extend(b"de"); b.extend([102, 103]); b.extend(bytearray(b"h")); b.extend(x for x in (105,)); print(b)
b.extend(b); print(b)
b.insert(0, 48); b.insert(-1, 49); b.insert(100, 50); b.insert(-100, 51); print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("a")); print(b)
err(lambda: b.remove(200))
err(lambda: b.remove(300))
err(lambda: b.append(300))
err(lambda: b.append("x"))
err(lambda: b.extend(5))
err(lambda: b.extend("abc"))
err(lambda: b.extend([1, 256]))
err(lambda: b.insert("x", 1))
err(lambda: bytearray().pop())
err(lambda: bytearray(b"a").pop(7))
c = b.copy(); c.append(0); print(b, c, type(c))
c.reverse(); print(c)
e = bytearray(); e.reverse(); print(e)
c.clear(); print(c, len(c))
err(lambda: bytearray.append(b"x", 1))

# shared with bytes
s = bytearray(b"  Hello, World  ")
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b" Hd"), type(s.strip()))
print(s.upper(), s.lower(), s.swapcase(), bytearray(b"a b").title(), bytearray(b"abc").capitalize())
print(s.find(b"o"), s.rfind(b"o"), s.find(ord("W")), s.find(b"zz"), s.index(b"l"), s.count(b"l"), s.count(b"l", 5))
err(lambda: s.index(b"zz"))
print(s.startswith(b"  H"), s.endswith((b"x", b"  ")), s.startswith(bytearray(b" ")))
print(s.replace(b"l", b"L"), s.replace(b"l", b"", 2))
print(s.split(), s.split(b","), bytearray(b"a,b,,c").split(b",", 1), bytearray(b"a b").rsplit())
print(bytearray(b"l1\nl2\r\n").splitlines(), bytearray(b"l1\nl2").splitlines(True))
print(bytearray(b"-").join([b"a", bytearray(b"b"), b"c"]), type(bytearray().join([])))
print(bytearray(b"a=b").partition(b"="), bytearray(b"a=b=c").rpartition(b"="))
print(bytearray(b"abc").removeprefix(b"a"), bytearray(b"abc").removesuffix(b"c"))
print(bytearray(b"ab").center(6, b"*"), bytearray(b"ab").ljust(4), bytearray(b"ab").rjust(4), bytearray(b"-5").zfill(4))
print(bytearray(b"a\tb").expandtabs(4), bytearray(b"abc").translate(None, b"b"))
print(bytearray(b"abc").translate(bytes.maketrans(b"abc", b"xyz")), bytearray.maketrans(b"a", b"b")[97])
for t in (b"abc", b"123", b"ab1", b" \t", b"", b"ABC", b"Title Case", b"\xff"):
    x = bytearray(t)
    print(t, x.isalpha(), x.isdigit(), x.isalnum(), x.isspace(), x.islower(), x.isupper(), x.istitle(), x.isascii())

# decode / hex / fromhex
print(bytearray("héllo", "utf-8").decode(), bytearray(b"abc").decode("ascii"), bytearray(b"\xff").decode("utf-8", "replace"))
err(lambda: bytearray(b"\xff").decode())
print(bytearray(b"\x01\xab\xff").hex(), bytearray(b"\x01\xab\xff").hex(":"), bytearray().hex())
print(bytearray.fromhex("01 ab ff"), type(bytearray.fromhex("")))
err(lambda: bytearray.fromhex("zz"))
class BA(bytearray):
    pass
print(repr(BA.fromhex("41")), BA(b"x").upper(), type(BA(b"x").upper()).__name__)

# bytes methods accept bytearray arguments
print(b"abc".find(bytearray(b"c")), b"a,b".split(bytearray(b",")), b"".join([bytearray(b"x"), b"y"]))
print(bytes(bytearray(b"\x00\x01")), list(bytearray(b"\x00\x01")))

# mutation through results does not affect the original
orig = bytearray(b"abc")
u = orig.upper(); u[0] = 0; print(orig, u)
parts = orig.split(b"b"); parts[0].append(33); print(orig, parts)

# binary files and struct accept bytearrays
import os, struct
fn = "_tmp_bytearray.bin"
with open(fn, "wb") as f:
    print(f.write(bytearray(b"xyz\x00")))
with open(fn, "rb") as f:
    print(f.read())
os.remove(fn)
buf = bytearray(8)
struct.pack_into("<HI", buf, 1, 513, 7)
print(buf, struct.unpack_from("<HI", buf, 1), struct.unpack("<d", bytearray(struct.pack("<d", 1.5))))
print(int.from_bytes(bytearray(b"\x01\x00"), "little"), float(bytearray(b"1.5")), int(bytearray(b"12")))
print(sorted([bytearray(b"b"), bytearray(b"a")]), max(bytearray(b"az")), f"{bytearray(b'f')}")
it = iter(bytearray(b"ab")); print(next(it), next(it))
# argument errors name bytearray, also for the methods shared with bytes
err(lambda: bytearray(b"a").upper(1))
err(lambda: bytearray(b"a").hex(1, 2, 3))
err(lambda: bytearray(b"a").find())
err(lambda: bytearray(b"a").split(1))
err(lambda: bytearray.upper(b"x"))
err(lambda: bytearray(b"a").append())
err(lambda: bytearray(b"a").pop(1, 2))
err(lambda: bytearray(b"a").insert(1))
err(lambda: bytearray(b"a").copy(1))
err(lambda: bytearray(b"a").remove())
err(lambda: bytearray(b"a").extend(1, 2))
