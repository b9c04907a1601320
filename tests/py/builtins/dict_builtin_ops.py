# dict() and len/in/sorted on dicts with mixed key types
d = dict(one=1, two=2)
d[3] = "three"
d[(1, 2)] = "tuple"
d[None] = "none"
print(d)
print(len(d), 3 in d, (1, 2) in d, None in d, "three" in d)
print(sorted(k for k in d if isinstance(k, str)))
print(list(d.values())[-1])
