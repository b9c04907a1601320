# slice objects: repr, indices() clamping, comparisons, hashing, attributes, errors
print(slice(1, 2), slice(None), slice(1, "a", [2]), slice(None, None, -1))
s = slice(2, None, -1)
print(s.start, s.stop, s.step)
for sl in [slice(None), slice(None, None, -1), slice(-3, None), slice(2, 100), slice(-100, -50),
           slice(10, 2, -3), slice(None, None, 2), slice(1, -1), slice(5, 1), slice(10 ** 20, -10 ** 20, -1)]:
    print(sl, sl.indices(5), sl.indices(0), list(range(5))[sl], "abcde"[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice(1) <= slice(1), slice(2, 0) > slice(1, 9), slice(1, 2) == (1, 2))
s = slice(1)
print(s == s, s >= s, s < s)
class Idx:
    def __index__(self):
        return 2
print(slice(Idx(), None).indices(4), [0, 1, 2, 3][Idx():], slice(True, 3).indices(10))
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError", e)
d = {}
try:
    d[slice(1)] = 2
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, stop=3),
            lambda: slice(1, 2, 0).indices(3), lambda: slice("a").indices(3), lambda: slice(1).indices(-1),
            lambda: slice(1).indices("a"), lambda: slice(1).indices(), lambda: [1, 2][1:"a"],
            lambda: [1, 2][::0], lambda: slice(1, 2) < 3]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
