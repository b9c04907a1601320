# bytearray: construction, sequence protocol, mutation, operators, errors.

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray(bytearray(b"xy")))
print(bytearray([1, 2, 255]), bytearray(range(65, 70)), bytearray("héllo", "utf-8"))
print(bytearray((x for x in b"gen")), bytearray(source=b"kw"), bytearray("abc", encoding="ascii"))
err(lambda: bytearray(1.5))
err(lambda: bytearray("x"))
err(lambda: bytearray([256]))
err(lambda: bytearray(["a"]))
err(lambda: bytearray(-1))
err(lambda: bytearray(b"a", "utf-8"))
err(lambda: bytearray(None))
print(type(bytearray()), repr(bytearray(b"it's \"q\" \x00\xff")))
print(bytes(bytearray(b"conv")), str(bytearray(b"s")), bytearray(b"a") is bytearray(b"a"))

b = bytearray(b"hello world")
print(len(b), b[0], b[-1], b[1:4], b[::2], b[::-1], b[100:], type(b[1:2]))
err(lambda: b[20])
err(lambda: b["x"])
print(104 in b, b"wor" in b, bytearray(b"lo") in b, 7 in b, b"zz" in b)
err(lambda: "x" in b)
print(list(b), [c for c in bytearray(b"ab")])

# item assignment
b[0] = 72
b[-1] = ord("D")
print(b)
err(lambda: b.__setitem__(0, 256))
err(lambda: b.__setitem__(0, "x"))
err(lambda: b.__setitem__(50, 1))

# slice assignment, same and different lengths
b = bytearray(b"0123456789")
b[2:4] = b"AB"; print(b)
b[2:4] = b"xyzw"; print(b)
b[0:6] = []; print(b)
b[:0] = [97, 98]; print(b)
b[len(b):] = bytearray(b"!!"); print(b)
b[1:3] = b; print(b)
b[::2] = b"." * len(b[::2]); print(b)
b[::-3] = bytes(len(b[::-3])); print(b)
b[5:2] = b"ins"; print(b)
err(lambda: b.__setitem__(slice(None, None, 2), b"x"))
err(lambda: b.__setitem__(slice(0, 1), 5))
err(lambda: b.__setitem__(slice(0, 1), "x"))
err(lambda: b.__setitem__(slice(0, 1), [300]))

# deletion
b = bytearray(b"0123456789")
del b[0]; print(b)
del b[-1]; print(b)
del b[2:4]; print(b)
del b[::2]; print(b)
del b[::-1]; print(b)
err(lambda: b.__delitem__(0))
b = bytearray(b"abc")
del b[:]; print(b)

# comparisons
a = bytearray(b"abc")
print(a == b"abc", a == bytearray(b"abc"), b"abc" == a, a != b"abd", a == "abc")
print(a < b"abd", a <= bytearray(b"abc"), a > b"ab", a >= b"b", b"abd" > a)
err(lambda: a < "abc")

# + * += *=
print(a + b"de", b"de" + a, a + bytearray(b"!"), type(b"x" + a), a * 2, 3 * a, a * 0, a * -1)
err(lambda: a + "x")
err(lambda: a * "x")
err(lambda: a * 1.5)
c = a
c += b"def"; print(c, a, c is a)
c *= 2; print(a, c is a)
def iadd_str():
    d = bytearray()
    d += "x"
err(iadd_str)

# unhashable
print(bytearray.__hash__)
err(lambda: hash(bytearray()))
err(lambda: {bytearray(): 1})

# truthiness
print(bool(bytearray()), bool(bytearray(1)))

# subclass
class BA(bytearray):
    pass
s = BA(b"sub")
print(repr(s), type(s).__name__, s + b"!", type(s + b"!"), isinstance(s, bytearray), len(s))
s.append(33); print(s)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# more edge cases: re-initialisation, negative-step slices, conversions and errors
b = bytearray(b"abc"); b.__init__(b"xyz"); print(b)
b.__init__(); print(b)
print(b"abc" < bytearray(b"abd"), bytearray(b"x") * True, bytearray(iter([1,2])))
b = bytearray(range(10)); b[::-1] = bytes(range(10, 20)); print(b)
b = bytearray(range(10)); del b[::-3]; print(b)
b = bytearray(range(10)); del b[8:2:-2]; print(b)
b = bytearray(b"abc"); b[1:1] = bytearray(b"ZZ"); print(b)
b = bytearray(b"abc"); b[-10:10] = b"q"; print(b)
show(lambda: bytearray.fromhex("0"))
show(lambda: bytearray.fromhex(b"00"))
show(lambda: bytearray(b"a") + 1)
show(lambda: 1 + bytearray(b"a"))
show(lambda: bytearray(b"a") < 1)
show(lambda: bytearray(b"ab")[True])
show(lambda: bytearray(b"ab")[2**70])
show(lambda: bytearray(b"ab").__setitem__(slice(0,1), None))
show(lambda: bytearray(3, 4))
show(lambda: bytearray(b"", errors="x"))
show(lambda: bytearray("a", 4))
show(lambda: bytearray(x=1))
b = bytearray(b"ab"); b *= -1; print(b)
b = bytearray(b"ab"); b += bytearray(b"c"); print(b)
print(bytearray(b"ab").__len__(), bytearray(b"a,b").split(b",")[1] + b"!")
class BB(bytearray):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 1
x = BB(b"hi"); print(x, x.tag, BB.fromhex("4142"), bytearray(b"ab") == BB(b"ab"))
print(bytearray(b"ab").hex("-", 1), bytearray(b"abc").rindex(97))
print(list(reversed(bytearray(b"ab"))), bytearray(b"ab")[-2], sum(bytearray(b"\x01\x02")))
b = bytearray(b"abc")
for c in b:
    if c == 97: b.append(100)
print(b)
