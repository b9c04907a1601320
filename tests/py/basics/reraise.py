# re-raising exceptions with bare raise and raise e, nested handlers
def risky():
    raise ValueError("original")

def wrapper():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper()
except ValueError as e:
    print("outer got:", e)

try:
    try:
        {}["missing"]
    except KeyError as e:
        err = e
        raise err
except LookupError as e2:
    print("same object:", e2 is err, repr(e2))

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("replacement")
except ValueError as e:
    print("got", repr(e))
