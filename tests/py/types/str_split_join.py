# str.split (with sep and maxsplit) and str.join
print("a b  c\td\n".split())
print("a,b,,c".split(","))
print("a,b,c,d".split(",", 2))
print("  lead and trail  ".split(" "))
print("".split(), "".split(","))
print("one".split(","))
print("x--y--z".split("--"))
print("-".join(["a", "b", "c"]))
print("".join(["x", "y"]))
print(", ".join(str(i) for i in range(5)))
print(" ".join([]))
print("é|日".join(["1", "2", "3"]))
words = "the quick brown fox".split()
print(" ".join(reversed(words)))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
