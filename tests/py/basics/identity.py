# is / is not, identity of None/True/False, mutation through aliases
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a)
print(None is None, True is True)
x = None
print(x is None, type(None).__name__)
def f():
    pass
print(f() is None)
print(id(a) == id(b), id(a) == id(c))
d = {}
e = d
e["k"] = "v"
print(d)
