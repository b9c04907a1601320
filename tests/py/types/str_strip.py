# strip, lstrip, rstrip with and without arguments
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcba".strip("ab"), "www.example.com".strip("cmow."))
print(repr("".strip()), repr("   ".strip()))
print("\n line \n".strip() == "line")
