# uncaught exception raised inside a helper module function (traceback crosses files)
import _raiser
print("calling helper")
def run():
    _raiser.fail("helper exploded")
run()
