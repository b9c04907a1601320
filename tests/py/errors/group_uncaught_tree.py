def f():
    raise ValueError("bad value")
def g():
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup("many", [e, TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
g()
