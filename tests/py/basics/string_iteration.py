# iterating over strings, building strings in loops
word = "héllo"
for ch in word:
    print(ch, ord(ch))
rev = ""
for ch in "stressed":
    rev = ch + rev
print(rev)
print([c * 2 for c in "abc"])
vowels = 0
for c in "programming language":
    if c in "aeiou":
        vowels += 1
print(vowels)
print(list(enumerate("xy")))
