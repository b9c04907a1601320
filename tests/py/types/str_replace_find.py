# replace (with count), find/rfind, index, `in`
s = "the cat sat on the mat"
print(s.replace("at", "og"))
print(s.replace("the", "a", 1))
print(s.replace("", "-")[:12])
print(s.find("at"), s.find("at", 6), s.find("dog"), s.rfind("at"))
print(s.index("sat"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print("cat" in s, "dog" not in s, "" in s)
print("aaa".replace("a", "bb"))
print("héllo".find("l"), "日本語".find("語"))
