# slicing lists, tuples and strings with start/stop/step
s = "abcdefghij"
lst = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::3], s[2:8:2])
print(lst[3:7], lst[::3], lst[-4:-1])
print(lst[5:2], lst[100:], lst[-100:2])
t = (1, 2, 3, 4, 5)
print(t[1:4], t[::2])
copy = lst[:]
copy.append(99)
print(len(lst), len(copy))
print(s[3:3] == "", s[9:100])
