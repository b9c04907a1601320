# min() and max() with iterables, multiple args, key and default
print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 8, -2]), max("hello"), min("b", "a", "c"))
print(max([1, 5, 3], key=lambda x: -x))
print(min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None))
print(max([1, 2], [1, 3]), max((2, "a"), (2, "b")))
print(max(1, 2.5), min(0, -0.5))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(max({3: "x", 7: "y"}), min(x * x for x in range(-3, 3)))
