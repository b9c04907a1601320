# sorted() with key, reverse, various iterables
print(sorted([3, 1, 2]))
print(sorted("hello"))
print(sorted((5, -1, 3), reverse=True))
print(sorted(["bb", "a", "ccc"], key=len))
print(sorted(["b", "A", "c"], key=lambda s: s.lower()))
print(sorted({3: "c", 1: "a", 2: "b"}))
print(sorted([(2, "x"), (1, "y"), (2, "a")]))
print(sorted([-3, 2, -1], key=abs))
print(sorted([]), sorted(range(3), reverse=True))
orig = [3, 2, 1]
s = sorted(orig)
print(orig, s)
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError: mixed types are not orderable")
