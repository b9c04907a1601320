# nested comprehensions: transposing, flattening, filtering
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2])
print({i: [j for j in range(i)] for i in range(4)})
print(sum(sum(x for x in row) for row in m))
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid)
print([[c for c in w] for w in ["ab", "cde"]])
