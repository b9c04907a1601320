# list comprehensions with conditions and nested loops
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c for c in "hello world" if c not in "aeiou "])
print([[i * j for j in range(4)] for i in range(3)])
print(["even" if x % 2 == 0 else "odd" for x in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([v for row in matrix for v in row])
x = 100
print([x for x in range(3)], x)
