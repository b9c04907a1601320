# finally clauses run on normal exit, exception, break and return
def f(x):
    try:
        if x:
            raise KeyError(x)
        print("body done")
    finally:
        print("finally for", x)

f(0)
try:
    f("k")
except KeyError as e:
    print("propagated", e)

for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("loop finally", i)

def g():
    try:
        return "from try"
    finally:
        print("cleanup before return")
print(g())

try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
