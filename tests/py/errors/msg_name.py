# messages of NameError and UnboundLocalError caught
try:
    print(qqzzx_never_defined)
except NameError as e:
    print(type(e).__name__, e)
def f():
    try:
        print(local_later)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    local_later = 1
f()
def g():
    return zzqqy_global_missing
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
