# sum() with start values and various numeric types
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(5), 100))
print(sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2], [3]], []))
print(sum((x for x in range(4)), 0))
print(sum([True, True, False]))
print(sum([10 ** 20, 10 ** 20]))
