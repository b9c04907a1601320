# range: slicing, negative steps, equality/hash, count/index, contains, attributes, errors
r = range(0, 10, 3)
print(r, r.start, r.stop, r.step, len(r), list(r))
print(r[1:], r[::-2], r[::-1], list(r[::-1]), r[5:], r[-2:])
print(range(10)[2:8:2], range(10)[-3:], range(10)[::-1], range(5)[-1:-6:-1])
print(range(10)[slice(-100, 100)], range(10)[slice(None, None, 4)])
print(range(0) == range(5, 5), range(0, 3, 5) == range(0, 1), range(1, 4) != range(1, 5))
print(range(0, 10, 20) == range(0, 5, 3), range(3) == [0, 1, 2], range(3) != (0, 1, 2))
print(hash(range(0)) == hash(range(7, 2)), hash(range(1, 2)) == hash(range(1, 2, 9)))
print(hash(range(5)) == hash((5, 0, 1)), hash(range(2, 9, 3)) == hash(range(2, 10, 3)))
r = range(-10, 10, 4)
print(list(r), r.count(-2), r.count(-1), r.count(True), r.count(2.0), r.index(6))
print(6 in r, 7 in r, 10 in r, -10 in r, 6.0 in r, "a" in r, True in range(2), 10 ** 30 in r)
print(range(1, 10, 2).index(True), range(5).index(4.0))
print(list(reversed(range(2, 10, 3))), list(reversed(range(0))), list(reversed(range(-1, -8, -2))))
print(bool(range(0)), bool(range(1)), range(5)[-5], range(10, 0, -1)[3])
print(range(True, 3), range(3).__len__(), len(range(-5, 5, 3)), range(7)[False])
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(10)[Idx()], range(1, 20, Idx()))
it = iter(range(3))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
big = range(10 ** 12)
print(len(big), big[-1], big[10 ** 11], 10 ** 12 - 1 in big, big.index(999))
for bad in [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(stop=3), lambda: range(1.0),
            lambda: range(1, 2, 0), lambda: range(10)[10], lambda: range(10)[-11], lambda: range(10)["a"],
            lambda: range(10)[None], lambda: range(10)[10 ** 30], lambda: range(3).index(5),
            lambda: range(3).index("a"), lambda: range(3).count(), lambda: range(1, 3.5),
            lambda: range(3) < range(4), lambda: range(0, 5)[::0]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    range(3).start = 1
except AttributeError:
    print("AttributeError")
