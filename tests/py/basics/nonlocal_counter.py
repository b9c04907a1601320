# nonlocal statement for mutable closure state
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(5))
d = counter()
print(d(), c())

def outer():
    x = 1
    def a():
        nonlocal x
        x = x * 2
    def b():
        nonlocal x
        x = x + 3
    a(); b(); a()
    return x
print(outer())
