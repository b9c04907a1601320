def double(x):
    return x * 2

def fail():
    return 1 / 0
