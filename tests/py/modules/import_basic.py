# import of a helper module and use of its functions, constants and classes
import _mathutil
print(_mathutil.PI)
print(_mathutil.square(7), _mathutil.cube(3))
v = _mathutil.Vector(3, 4)
print(v, v.length2())
print(_mathutil.calls)
print(type(_mathutil).__name__, _mathutil.__name__)
