# unicode strings: non-ASCII, CJK, emoji, len/index/ord/chr
s = "héllo"
print(s, len(s), s[1], s.upper())
j = "日本語"
print(j, len(j), j[0], j[-1], j[1:])
e = "hi 😀!"
print(e, len(e), e[3], ord(e[3]))
print(chr(233), chr(26085), chr(128512), chr(65))
print("naïve café".split())
print("ÀÉÎ".lower(), "àéî".upper())
print(("日" + "本") * 2)
print("é" in s, "x" in s)
print(repr("tab\there"), repr("é"), repr("日本"))
print(list("añb"))
print("ñ" < "o", sorted(["é", "e", "z", "a"]))
