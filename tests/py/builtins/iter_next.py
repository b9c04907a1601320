# iter() and next() on builtin iterables, default values, StopIteration
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(next(s), next(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(10, 13))
print(list(r), list(r))
t = iter((5,))
print(iter(t) is t)
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        break
print(list(it))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
