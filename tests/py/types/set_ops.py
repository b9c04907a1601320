# set operations: union intersection difference symmetric difference, subsets
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b))
print(a.union([7, 8]), a.intersection(range(3)))
print({1, 2} <= a, {1, 9} <= a, a >= {1}, {1} < {1}, {1} < {1, 2})
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
print(c)
print(a == {4, 3, 2, 1}, a != b)
print(sorted({"x", "y"} | {"z"}))
print(sorted(set("hello") & set("world")))
