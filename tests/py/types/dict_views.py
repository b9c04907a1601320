# dict views: set operations, comparisons, repr, live updates, items membership, reversed
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i, "zz" in k, ["a", 1] in i)
d["d"] = 4
print(list(k), list(v), list(i))
print(sorted(k & {"a", "d", "x"}), sorted(k | {"x"}), sorted(k - {"a"}), sorted(k ^ {"a", "y"}))
print(sorted({"a", "q"} & k), sorted({"a", "q"} - k), sorted(["q"] | k), sorted({"q"} ^ k))
print(type(k & {"a"}).__name__, type(i | set()).__name__)
print(sorted(i & {("a", 1), ("b", 5)}), sorted(i - {("a", 1)}))
print(k == {"a", "b", "c", "d"}, k != {"a"}, k < {"a", "b", "c", "d", "e"}, k <= set("abcd"), k > {"a"}, k >= k)
print(d.keys() == {"a": 0, "b": 0, "c": 0, "d": 0}.keys(), i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), i.isdisjoint([("a", 1)]))
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(i)))
e = {}
print(e.keys(), e.values(), e.items(), {1: 2}.items())
n = {1: {2: 3}, 4: [5]}
print(n.items(), n.values())
try:
    hash(k)
except TypeError as ex:
    print(ex)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as ex:
    print(ex)
x = {1: 1}
r = {}
r["self"] = r
print(r, {1: r})
print({i: i * i for i in range(5)}.keys() & range(3))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict({"x": 1}, y=2), dict([("a", 1)], a=2))
print({1: "a"} | {2: "b"}, {1: "a"} | {1: "z"})
m = {"k": 1}
m |= [("j", 2)]
m |= {"k": 3}
print(m)
print(m.popitem(), m.popitem(), m)
try:
    m.popitem()
except KeyError as ex:
    print(repr(ex))
for bad in ("dict([(1, 2, 3)])", "dict([1])", "dict(1, 2)", "{}[[1]]", "{}.pop()", "{1: 2}.pop(5)"):
    try:
        eval(bad)
    except (ValueError, TypeError, KeyError) as ex:
        print(type(ex).__name__, ex)
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1)
print(dd["a"], dd["zz"], "zz" in dd, dd)
