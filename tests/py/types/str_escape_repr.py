# escape sequences and repr of strings with quotes/backslashes
print("a\tb\nc")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("back\\slash"), len("back\\slash"))
print(repr("\x00\x7f"), repr("\n\r\t"))
print("\u00e9\u65e5", "\u03b1")
print(r"raw\n string", len(r"\n"))
print("""triple
quoted""")
print("implicit" " concatenation")
