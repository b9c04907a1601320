# int/float/bool mixing in arithmetic and comparisons
print(1 + 2.0, 3 * 1.5, 10 / 5, 7 // 2.0, 2 ** 3.0)
print(1 + True, 1.5 + False)
print(3 == 3.0, 0.1 * 3 == 0.3, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(max(1, 2.5, 2), min(-1, -1.0), sum([1, 2.5, True]))
print(abs(-3), abs(-3.0), abs(True))
print(float(10 ** 20), int(1e20))
print(sorted([3, 1.5, 2, 0.5]))
print(int("7") + float("0.5"))
