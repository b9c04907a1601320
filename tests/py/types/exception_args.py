# exception args, str() and repr() of exceptions with 0/1/many args
cases = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"),
         KeyError(42), IndexError("idx"), Exception(None), RuntimeError("")]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    raise TypeError("bad type", 7)
except TypeError as e:
    print(e.args[1], len(e.args))
e = ValueError("x")
print(str(e) == "x", e.args == ("x",))
