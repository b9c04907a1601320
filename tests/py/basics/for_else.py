# for loops with else clause (search pattern)
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([3, 1, 4, 1, 5], 4)
find([3, 1, 4, 1, 5], 9)
find([], 1)

for c in "ab":
    print(c)
else:
    print("done iterating string")
