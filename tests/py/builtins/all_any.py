# all() and any() on lists, generators, empty iterables
print(all([]), any([]))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all(x > 0 for x in [1, 2]), any(c.isdigit() for c in "abc1"))
checked = []
def check(x):
    checked.append(x)
    return x
print(any(check(x) for x in [0, 1, 2, 3]), checked)
checked = []
print(all(check(x) for x in [1, 0, 2]), checked)
print(all("abc"), any({}))
