# list: slice assignment/deletion, extended slices, sort edge cases, errors, repr recursion
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [7, 8, 9]
print(a)
a[::2] = "ABCDEF"[:len(a[::2])]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
b = [0, 1, 2, 3, 4, 5]
b[::-2] = [10, 30, 50]
print(b)
b[len(b):] = (6, 7)
print(b, b[::-1], b[-3::-2], b[100:], b[-100:2])
for bad in ("b[::2] = [1, 2]", "b[::2] = 5", "b[0:2] = 5", "b[10] = 1", "del b[10]", "b['x']", "[].pop()", "b.pop(99)"):
    try:
        exec(bad)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
c = [3, 1, 2]
c[1:] = c
print(c)
c.extend(c)
print(c)
c += range(2)
print(c)
c *= 2
print(len(c), c.count(1), c.index(2), c.index(2, 4), c.index(2, -5))
try:
    c.index(99)
except ValueError as e:
    print(e)
r = [1, 2]
r.append(r)
print(r, [r, r])
print(repr([[]]), str([None, True, "s", 1.5]))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
big = [(i * 7919) % 1000 for i in range(500)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(big, reverse=True)[::-1])
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    [3, 1].sort(1)
except TypeError as e:
    print(e)
m = [5, 4, 3]
def evil(x):
    m.append(0)
    return x
try:
    m.sort(key=evil)
except ValueError as e:
    print(e, m)
it = reversed([1, 2, 3])
print(type(it).__name__, list(it))
print([1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] <= [1, 2], [] == [], [1] != [1.0])
x = [1, 2, 3]
x.insert(-10, 0); x.insert(10, 9)
print(x, x.pop(1), x)
print(list("abc"), list((1, 2)), list({1: 2}), list())
