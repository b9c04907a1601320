# from-import of names; rebinding an imported name does not change the module
from _mathutil import square, PI, Vector
import _mathutil
print(square(5), PI)
print(Vector(1, 2))
PI = 3
print(PI, _mathutil.PI)
_mathutil.PI = 100
print(_mathutil.PI)
from _mathutil import PI
print(PI)
