# tuple unpacking, nested unpacking, swaps, unpacking in for loops
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (10, 20), 30
print(x, y, z)
p, (q, (r, s)) = 1, (2, (3, 4))
print(p, q, r, s)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
first, second = "hi"
print(first, second)
[m, n] = [5, 6]
print(m, n)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
t = 1,
print(t, len(t))
