# sets: CPython iteration order for ints, removals, in-place ops, frozenset hash/eq, errors
print({3, 1, 2}, set(range(20)), {5, 3, 9, 1}, {100, 3, 64, 17}, {-1, -2, 8, 0})
s = set(range(20))
for x in (3, 7, 11):
    s.discard(x)
s.add(35); s.add(3)
print(s)
t = {100, 3, 64, 17}
t.remove(64); t.add(72); t.add(8)
print(t, t.pop(), t.pop(), t)
print(set([1000, 8, 16, 24, 32]), set((9, 17, 25, 1)))
a = set(range(0, 30, 3)); b = set(range(0, 30, 2))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([100, 7], (1,)), a.intersection(b, range(10)), a.difference(b, {3}), a.symmetric_difference(range(5)))
c = set(a); c |= {1, 2}; print(c)
c &= b; print(c)
c -= {0}; print(c)
c ^= {6, 99}; print(c)
c.update([5], {4}); c.difference_update({99}); c.intersection_update(range(50)); print(c)
c.symmetric_difference_update([1, 2, 4]); print(c)
print(a.issubset(range(100)), a.issuperset([0, 3]), a.isdisjoint({1, 2}), a.isdisjoint(b))
print({1, 2} < {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {3} > set(), {1} == frozenset([1]), {1} != {2})
f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset(f) is f, f | {7}, type(f | {7}).__name__, type({7} | f).__name__)
print(hash(frozenset()), hash(frozenset([1, 2])), hash(frozenset(range(50))))
print(hash(f) == hash(frozenset([2, 3, 1])), {f: 1}[frozenset([1, 2, 3])])
print({1, 2} in [{2, 1}], frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
s2 = {frozenset([1]), 5}
s2.remove({1})
print(s2)
for bad in ("set().pop()", "{1}.remove(2)", "{[1]}", "set([[1]])", "{1} <= [1]", "{1} | [2]", "set(1, 2)", "{1}.add()"):
    try:
        eval(bad)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(set(), set("a"), {1.5}, {None}, {(1, 2)}, {True, 1, 1.0})
class S(set):
    pass
print(S([1, 2]), S(), type(S([1]) | {2}).__name__, S([3]) == {3})
d = {}
for i in (8, 0, 16, 1):
    d[i] = i
print(set(d), set(d.keys()), set(d.items()) == {(8, 8), (0, 0), (16, 16), (1, 1)})
print(sorted({"x", "y"} | {"z"}), len({i % 7 for i in range(100)}))
e = set(range(100))
while len(e) > 5:
    e.pop()
print(e)
e.clear(); print(e, len(e))
