# chr() and ord() over ASCII, Latin-1, CJK and astral code points
for c in ["A", "a", "0", " ", "\n", "é", "€", "日", "😀"]:
    print(repr(c), ord(c))
print(chr(65), chr(97), chr(0x20AC), chr(0x1F600), repr(chr(0)))
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) - ord("0") for c in "2024"])
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
