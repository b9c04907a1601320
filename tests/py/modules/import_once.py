# a module body runs only once; state is shared between import sites
import _counter_mod
print("first import done")
import _counter_mod
print("second import done")
from _counter_mod import increment
print(increment(), increment(), _counter_mod.count)
import _counter_mod as again
print(again is _counter_mod, again.count)
_counter_mod.items.append("x")
from _counter_mod import items
print(items)
