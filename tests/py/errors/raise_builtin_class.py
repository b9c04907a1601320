# raise a built-in exception class without instantiating it
def check(v):
    if v < 0:
        raise ValueError
    return v

print(check(1))
check(-1)
