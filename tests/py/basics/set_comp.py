# set comprehensions (printed sorted or as small ints)
s = {x % 5 for x in range(20)}
print(s)
print(sorted({w.lower() for w in ["A", "b", "a", "B", "c"]}))
print(sorted({len(w) for w in "the quick brown fox jumps".split()}))
print(sorted({x for x in range(10) if x % 3 == 0}), {x for x in range(7) if x % 3 == 0})
print(len({(a, b) for a in range(3) for b in range(3)}))
print({x for x in []})
