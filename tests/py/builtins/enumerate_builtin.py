# enumerate() with default and custom start
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], 1)))
print(list(enumerate([], 5)))
e = enumerate("hi", start=10)
print(next(e), next(e))
d = {v: i for i, v in enumerate("xyz")}
print(d)
