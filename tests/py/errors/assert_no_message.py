# uncaught AssertionError without a message
x = [1, 2, 3]
assert len(x) == 3
assert sum(x) == 7
print("unreachable")
