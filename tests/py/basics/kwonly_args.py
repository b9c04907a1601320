# keyword-only arguments after * and *args
def f(a, *, b, c=3):
    return (a, b, c)

print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=1, b=5))

def g(*args, sep=", "):
    return sep.join(args)

print(g("x", "y", "z"))
print(g("x", "y", sep="|"))

try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
