# count, startswith, endswith (incl. tuples of prefixes)
s = "banana"
print(s.count("a"), s.count("an"), s.count("x"), s.count(""))
print(s.startswith("ba"), s.startswith("na"), s.startswith("na", 2))
print(s.endswith("na"), s.endswith("ban"), s.endswith(("x", "a")))
print("file.py".endswith((".py", ".txt")), "file.c".endswith((".py", ".txt")))
print("".startswith(""), "abc".startswith(""))
print("aaaa".count("aa"))
