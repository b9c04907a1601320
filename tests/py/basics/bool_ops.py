# and/or/not return values and short-circuit evaluation
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default")
print(None and 1, [] or {}, not 0, not "a")
trace = []
def t(v):
    trace.append(v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(3) and t(0) or t(4))
print(trace)
print(True + True, True * 10, False - 1)
x = None
print(x is None, x is not None, not x)
