# sets of small ints: add remove discard, membership, len
s = {3, 1, 2}
print(s, len(s))
s.add(4); s.add(1)
print(s)
s.remove(3)
print(s)
s.discard(10); s.discard(2)
print(s)
print(1 in s, 3 in s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(set(), set([1, 1, 2, 2]), len(set("aabbc")))
print(sorted({"pear", "apple", "fig"}))
e = set()
for x in [5, 3, 5, 1, 3]:
    e.add(x)
print(sorted(e), e == {1, 3, 5})
print(sorted(set("mississippi")))
