# list methods: append extend insert pop remove index count reverse copy clear
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.insert(0, 2); print(a)
a.insert(100, 6); print(a)
a.insert(-1, 7); print(a)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
a.remove(1); print(a)
print(a.index(4), a.count(1), a.count(99))
a.reverse(); print(a)
b = a.copy()
b.append("new")
print(a, b)
a.clear(); print(a, len(a))
try:
    a.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(5)
except ValueError as e:
    print("ValueError:", e)
