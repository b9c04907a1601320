# list operations: + * == < in, nested lists, len, indexing
a = [1, 2, 3]
b = a + [4, 5]
print(b, a * 2, [0] * 5, [] * 3)
print(a == [1, 2, 3], a < [1, 2, 4], a < [1, 2], [1, [2]] == [1, [2]])
print(2 in a, 7 not in a)
nested = [[0] * 3 for _ in range(2)]
nested[0][1] = 5
print(nested)
shared = [[0] * 3] * 2
shared[0][1] = 5
print(shared)
a[1] = "two"
print(a, a[-1], len(a))
print(list(range(5))[::-1])
print(sum([[1], [2, 3]], []))
