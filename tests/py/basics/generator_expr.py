# generator expressions passed to sum/any/all/list/max
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x * x for x in nums))
print(any(x > 5 for x in nums))
print(all(x > -10 for x in nums))
print(all(x > 0 for x in nums))
print(list(x for x in nums if x < 0))
print(max(abs(x) for x in nums))
g = (c.upper() for c in "abc")
print(next(g), list(g))
print(sum(1 for line in ["a", "", "b", ""] if line))
print(tuple(i * j for i in range(3) for j in range(3) if i != j))
