# try/except with specific, tuple and bare-ish handlers, else clause
def parse(s):
    try:
        n = int(s)
    except ValueError:
        print("bad number:", s)
        return None
    else:
        print("parsed", n)
        return n

parse("42")
parse("x1")

for v in [0, "a", None, 5]:
    try:
        r = 10 / v
    except ZeroDivisionError as e:
        print("zero:", e)
    except (TypeError, ValueError) as e:
        print("type problem:", type(e).__name__)
    else:
        print("ok", r)

try:
    [][1]
except Exception as e:
    print("caught", type(e).__name__, "-", e)
