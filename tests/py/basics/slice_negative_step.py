# slicing with negative steps and reversal
s = "abcdefg"
print(s[::-1])
print(s[::-2])
print(s[5:1:-1])
print(s[-1:-4:-1])
print(s[1:5:-1] == "")
lst = [0, 1, 2, 3, 4, 5, 6, 7]
print(lst[::-1])
print(lst[6::-3])
print(lst[:2:-2])
print(lst[-2::-2])
print((1, 2, 3)[::-1])
print("racecar"[::-1] == "racecar")
