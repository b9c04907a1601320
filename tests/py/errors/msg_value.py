# messages of ValueError: int() literals, unpacking, list.remove/index, str.index
def show(f):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)

show(lambda: int("abc"))
show(lambda: int("12.5"))
show(lambda: int(""))
show(lambda: float("x1"))
show(lambda: [1, 2].remove(3))
show(lambda: [1, 2].index(3))
show(lambda: "abc".index("z"))
def unpack3():
    a, b, c = (1, 2)
def unpack2():
    a, b = [1, 2, 3]
def unpack_star():
    a, b, *c = [1]
show(unpack3)
show(unpack2)
show(unpack_star)
show(lambda: chr(-5))
