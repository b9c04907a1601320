# str() and repr() of builtin values, nested containers
vals = [1, -2.5, "s", "it's", None, True, [1, "a"], (1,), (), {"k": 1}, {1}, b"x", range(3)]
for v in vals:
    print(str(v), "|", repr(v))
print(str(), repr(""))
print(str([["nested"], ("t", None)]))
print(repr({"a": [1, {"b": (2,)}]}))
print(str(123) + "!", repr(1.0))
