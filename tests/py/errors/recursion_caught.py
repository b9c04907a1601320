# RecursionError from unbounded recursion is catchable; print only the type name
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__)
    print(isinstance(e, RuntimeError))

def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(200))
