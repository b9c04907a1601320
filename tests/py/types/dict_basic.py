# dict creation, lookup, assignment, insertion order, del, in
d = {"b": 1, "a": 2}
d["c"] = 3
print(d)
d["b"] = 10
print(d, len(d))
print(d["a"], "a" in d, "z" in d, 10 in d)
del d["b"]
print(d)
d["b"] = 20
print(list(d))
e = {}
for i in range(5):
    e[i * i] = i
print(e)
print({1: "int", 1.0: "float"}, {True: "t", 1: "one"})
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]))
print({"k": [1, 2], "n": {"inner": None}})
print(d == {"a": 2, "c": 3, "b": 20}, {} == {})
