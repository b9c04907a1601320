# dict comprehensions
sq = {x: x * x for x in range(6)}
print(sq)
words = ["apple", "bob", "cat", "avocado"]
print({w: len(w) for w in words if w[0] != "b"})
inv = {v: k for k, v in sq.items()}
print(inv)
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({(i, j): i * j for i in range(2) for j in range(2)})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print({k: counts[k] for k in sorted(counts)})
