# enumerate/zip/map/filter/reversed/iter(f, sentinel): keywords, strict zip, exhaustion, errors
print(list(enumerate("abc", 10)), list(enumerate("ab", start=-1)), list(enumerate(iterable="xy", start=5)))
print(list(enumerate("ab", start=2 ** 70)), list(enumerate([], 3)))
e = enumerate(iter([1, 2, 3]))
print(next(e), iter(e) is e, list(e), list(e))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", "xy", strict=True)))
for args in [([1], [1, 2]), ([1, 2], [1]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(zip([1, 2], [3], strict=False)))
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])))
print(list(map(str.upper, "abc")), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(bool, [0, 2])), list(filter(lambda x: x % 2, range(10))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed(Seq())), list(reversed(Rev())))
print(list(reversed((1, 2))), "".join(reversed("héllo")), list(Seq()))
r = reversed(Seq())
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__())
lst = [1, 2]
it = iter(lst)
print(list(it))
lst.append(3)
print(list(it))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
d = {1: 2, 3: 4}
try:
    for k in d:
        d[k + 10] = 1
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 2, 3: 4}
try:
    for k in d:
        del d[k]
        d[k + 10] = 1
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
class MyEnum(enumerate):
    pass
print(list(MyEnum("ab", 3)), list(iter({"a": 1}.items())), list(iter({"a": 1}.values())))
for bad in [lambda: enumerate(), lambda: enumerate([], "a"), lambda: enumerate(5), lambda: enumerate([], 1, 2),
            lambda: enumerate([], x=1), lambda: zip(x=1), lambda: zip([], 5), lambda: map(len),
            lambda: map(len, [], x=1), lambda: filter(None), lambda: filter(None, [], x=1), lambda: reversed(),
            lambda: reversed(5), lambda: reversed({1}), lambda: reversed(1, 2), lambda: next(zip()),
            lambda: next(iter(int, 0))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
