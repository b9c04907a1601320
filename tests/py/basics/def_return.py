# function definition, return values, implicit None return
def add(a, b):
    return a + b

def nothing():
    pass

def early(x):
    if x > 0:
        return "positive"
    print("not positive:", x)

def multi():
    return 1, "two", 3.0

print(add(2, 3))
print(add("ab", "cd"))
print(nothing())
print(early(5))
print(early(-1))
r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a, b, c)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
