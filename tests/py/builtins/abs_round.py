# abs() and round() on ints and floats
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-10 ** 30))
print(round(2.4), round(2.6), round(-2.6), round(2.5), round(3.5))
print(round(3.14159, 3), round(-3.14159, 1), round(10.0, 2))
print(round(123, -1), round(125, -1), round(135, -1), round(12345, -3))
print(round(1.23456, 4))
