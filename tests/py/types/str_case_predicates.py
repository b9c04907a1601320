# upper/lower and isdigit/isalpha/isspace predicates
for s in ["Hello World", "ABC", "abc123", "123", "", "   ", "\t\n", "héllo", "日本"]:
    print(repr(s), s.upper(), s.lower(), s.isdigit(), s.isalpha(), s.isspace())
print("MiXeD".lower() == "mixed")
