# *args collection and call-site unpacking
def count(*args):
    return len(args)

def total(first, *rest):
    s = first
    for x in rest:
        s += x
    return s

print(count(), count(1), count(1, 2, 3))
print(total(1), total(1, 2, 3, 4))

def show(*args):
    print(type(args).__name__, args)
show()
show(1, "a")

nums = [4, 5, 6]
print(total(*nums))
print(total(0, *nums))

def three(a, b, c):
    return a - b - c
print(three(*(10, 3, 2)))
