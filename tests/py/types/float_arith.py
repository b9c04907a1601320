# float arithmetic, int/float mixing, comparisons
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(1.5 * 4, 7.0 // 2, 7.5 % 2, -7.5 % 2, -7.5 // 2)
print(2 * 0.5, type(2 * 0.5).__name__)
print(3 + 0.0, 10 - 2.5, 2 ** -1, 4 ** 0.5)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(abs(-2.5), -(-1.25))
print(1e300 * 1e300)
print(float(2 ** 60), int(1e15))
print(1 / 7 * 7, 100 * 1.1)
total = 0.0
for i in range(10):
    total += 0.1
print(total)
print(True + 0.5)
