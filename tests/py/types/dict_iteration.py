# iterating dicts: keys, values, items, sorted keys, views
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k + "=" + str(v))
print(sum(d.values()), sorted(d), sorted(d, key=lambda k: d[k]))
keys = d.keys()
d["four"] = 4
print(len(keys), "four" in keys)
print(list(zip(d.keys(), d.values())))
print(max(d, key=lambda k: d[k]))
inverted = {}
for k, v in d.items():
    inverted[v] = k
print(inverted)
