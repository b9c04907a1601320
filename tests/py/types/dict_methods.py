# dict methods: get setdefault pop items keys values update copy clear
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0))
print(d.setdefault("y", 99), d.setdefault("z", 3), d)
print(d.pop("x"), d.pop("nope", "default"), d)
print(list(d.items()), list(d.keys()), list(d.values()))
d.update({"y": 20, "w": 4})
print(d)
d.update(v=5)
print(d)
c = d.copy()
c["new"] = 1
print(len(d), len(c))
d.clear()
print(d)
try:
    {}.pop("k")
except KeyError as e:
    print("KeyError:", e)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
