# tuples: packing, indexing, count/index, comparisons, immutability
t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1])
print(t[1:3], t + (9,), (0,) * 3)
e = ()
print(e, len(e), (1,), tuple("ab"))
print((1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2))
print((1, 2, 2, 3).count(2), (1, 2, 3).index(3))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
x = 1, 2, 3
print(type(x).__name__, x)
print(hash((1, 2)) == hash((1, 2)))
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(1, 2)], d[0, 0])
