# string comparison, concatenation, repetition, membership
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
print("abc" == "abc", "abc" != "ABC")
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1)
print("ell" in "hello", "" in "", "z" in "hello")
print(max("hello"), min("hello"), sorted("banana"))
s = ""
for i in range(5):
    s += str(i)
print(s)
print(str(12) + str(3.5) + str(None) + str(True))
