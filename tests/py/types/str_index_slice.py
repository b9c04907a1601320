# string indexing, negative indices, slicing, immutability
s = "Python"
print(s[0], s[5], s[-1], s[-6])
print(s[1:4], s[:2], s[2:], s[::-1], s[::2])
print(len(s), len(""))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
t = "J" + s[1:]
print(t, s)
print(s[-100:100])
