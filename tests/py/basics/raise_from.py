# raise X from Y: __cause__ set, caught (no traceback printed)
class ConfigError(Exception):
    pass

def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError("missing key " + key) from e

try:
    load({}, "port")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print(type(e.__cause__).__name__)

try:
    raise RuntimeError("no cause") from None
except RuntimeError as e:
    print(e, e.__cause__)
