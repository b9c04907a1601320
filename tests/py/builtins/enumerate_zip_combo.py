# combining enumerate, zip, sorted, reversed in loops
names = ["ann", "bob", "cy"]
scores = [88, 92, 75]
for rank, (score, name) in enumerate(sorted(zip(scores, names), reverse=True), 1):
    print(rank, name, score)
for i, (a, b) in enumerate(zip(names, reversed(names))):
    print(i, a, b)
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4)))))
