# messages of AttributeError for ints, None, user objects, modules, strings
import sys
class Thing:
    pass
cases = [
    lambda: (5).foo,
    lambda: None.x,
    lambda: Thing().missing_attr,
    lambda: sys.nope_nothing,
    lambda: "s".nonexistent_method(),
    lambda: [].push(1),
]
for f in cases:
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
