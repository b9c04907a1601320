# floor division and modulo with negative operands
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10)
print(2 ** 70 // -3, 2 ** 70 % -3)
print(-(2 ** 70) // 7, -(2 ** 70) % 7)
print(7 / 2, -7 / 2, 6 / 3)
print(type(6 / 3).__name__, type(6 // 3).__name__)
