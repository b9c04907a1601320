# sorting records with lambda keys and multiple criteria
people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0], reverse=True))
by_len = sorted(["ccc", "a", "bb", "dd", "e"], key=lambda s: len(s))
print(by_len)
print(max(people, key=lambda p: p[1]))
print(min(people, key=lambda p: p[1])[0])
