# closures capturing variables from enclosing scopes
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))

def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i * 10)
print([f() for f in funcs])

late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late])
