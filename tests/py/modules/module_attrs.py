# module attributes can be read, added, checked with hasattr/getattr
import _mathutil
print(hasattr(_mathutil, "square"), hasattr(_mathutil, "nope"))
print(getattr(_mathutil, "PI"), getattr(_mathutil, "nope", "default"))
_mathutil.added = "new attr"
print(_mathutil.added)
setattr(_mathutil, "other", 5)
print(_mathutil.other, _mathutil._private)
f = getattr(_mathutil, "cube")
print(f(4))
