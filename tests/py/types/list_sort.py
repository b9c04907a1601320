# list.sort with key and reverse, stability, sorting strings
nums = [5, 2, 9, 1, 5, 6, -3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder"]
words.sort()
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(nums.sort() is None)
mixed = [3.5, 1, 2.25, True]
mixed.sort()
print(mixed)
