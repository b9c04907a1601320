# messages of IndexError and KeyError caught and printed
def show(f):
    try:
        f()
    except LookupError as e:
        print(type(e).__name__, e, repr(e))

show(lambda: [1, 2][5])
show(lambda: (1, 2)[-3])
show(lambda: "abc"[10])
show(lambda: [].pop())
show(lambda: {}["missing"])
show(lambda: {"a": 1}[("t", 1)])
show(lambda: {1: 2}[3])
show(lambda: range(3)[3])
def assign():
    x = [0]
    x[1] = 5
show(assign)
