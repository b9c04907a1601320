# range objects: len, indexing, negative steps, in, slicing, repr
r = range(10)
print(r, len(r), r[0], r[-1], list(r))
print(list(range(2, 8)), list(range(0, 20, 5)))
print(list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
r2 = range(-5, 5, 2)
print(list(r2), len(r2), r2[2], r2[-1])
print(3 in r, 10 in r, -3 in r2, -2 in r2)
print(len(range(10, 0, -1)), len(range(0, -10)))
print(range(1, 4) == range(1, 4), list(reversed(range(4))))
try:
    range(0, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(sum(range(1, 101)), len(range(10 ** 12)))
