# zip() with equal, unequal and zero iterables; unzip with *
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3, 4], "ab")))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip("abc", range(3))))
for a, b in zip([1, 2], [3, 4]):
    print(a * b)
