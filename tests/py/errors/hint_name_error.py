# uncaught NameError with CPython 3.11's "Did you mean" hint (a builtin close to the misspelt name)
def show(values):
    total = 0
    for v in values:
        total += v
    prnt(total)

show([1, 2, 3])
