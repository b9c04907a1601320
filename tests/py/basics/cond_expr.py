# conditional expressions (ternary), nested and lazy evaluation
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-3, 0, 8)])
x = 4
print("even" if x % 2 == 0 else "odd")
def boom():
    raise ValueError("should not run")
print("safe" if True else boom())
print(boom() if False else "also safe")
y = (1 if x > 3 else 2) + 10
print(y)
print(max(3, 7) if x else min(3, 7))
