# first matching except clause wins; unmatched exceptions propagate outward
def trigger(kind):
    if kind == 1:
        raise KeyError("k")
    if kind == 2:
        raise IndexError("i")
    if kind == 3:
        raise ZeroDivisionError("z")
    if kind == 4:
        raise TypeError("t")
    return "no error"

for kind in range(5):
    try:
        try:
            print(trigger(kind))
        except KeyError:
            print("KeyError handler")
        except LookupError as e:
            print("LookupError handler for", type(e).__name__)
        except (ZeroDivisionError, ValueError) as e:
            print("tuple handler", repr(e))
    except Exception as e:
        print("outer handler", type(e).__name__, e)
