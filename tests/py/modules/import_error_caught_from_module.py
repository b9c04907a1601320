# exceptions raised inside helper modules are catchable by the importer
import _raiser
print(_raiser.parse_all(["1", "2"]))
try:
    _raiser.parse_all(["1", "x"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    _raiser.fail("bad state")
except RuntimeError as e:
    print(type(e).__name__, e)
