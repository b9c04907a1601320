# `in` on exact sets, frozensets and dicts with int/str keys takes a direct path in pyco (ops.cpp contains);
# results must match the __contains__ methods, including equal keys of other types and subclasses.
s = {1, 2.0, "a", (1, 2), True}
print(1 in s, 2 in s, 3 in s, "a" in s, "b" in s, 0 in s, (1, 2) in s)
print(1 not in s, "a" not in s, "z" not in s)
fs = frozenset([5, "x"])
print(5 in fs, 5.0 in fs, "x" in fs, "y" in fs)
d = {1: "one", "k": 2, 3.0: "three"}
print(1 in d, 1.0 in d, 3 in d, "k" in d, "q" in d, 2 in d)
print({} and 1 in {}, "" in {"": 0}, -1 in {-1})


class S(set):
    def __contains__(self, x):
        return "always"


class D(dict):
    def __contains__(self, x):
        return x == "magic"


class K(str):
    pass


print(1 in S(), "q" in D(), "magic" in D(), K("a") in s, K("k") in d)
big = 10**30
print(big in {big}, big + 1 in {big})
try:
    [] in s
except TypeError as e:
    print("TypeError", e)
try:
    {} in d
except TypeError as e:
    print("TypeError", e)
print(set() in {frozenset()})
