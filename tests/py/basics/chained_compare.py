# chained comparisons and evaluation order
x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 <= 1 < 2 <= 2)
print(3 == 3 == 3 != 4)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5))
print(calls)
print("a" < "b" < "c")
print([1, 2] < [1, 3] <= [1, 3])
print(0 < 0.5 < 1)
print(1 in [1, 2] in [[1, 2]])
print(None is None is not False)
