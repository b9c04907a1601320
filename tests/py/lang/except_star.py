# try/except* (PEP 654): split per clause, naked exceptions wrapped, raising in handlers, nesting
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError as e:
    print("V", repr(e))
except* TypeError as e:
    print("T", repr(e))
except* KeyError:
    print("K")
print("after")
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked", repr(e))
        raise
except Exception as e:
    print("outer", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")
except Exception as e:
    print("outer", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
def f():
    for i in range(2):
        try:
            raise ValueError(i)
        except* ValueError:
            try:
                raise ExceptionGroup("x", [KeyError(i)])
            except* KeyError as k:
                print("nested", repr(k))
f()
