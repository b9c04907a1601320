# uncaught ValueError from int() on a non-numeric string
raw = ["12", "7", "abc"]
nums = []
for r in raw:
    nums.append(int(r))
print(nums)
