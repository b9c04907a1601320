# del on names, list items, slices, dict keys and attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.attr = 1
print(hasattr(o, "attr"))
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    print(b)
except NameError:
    print("b deleted")
