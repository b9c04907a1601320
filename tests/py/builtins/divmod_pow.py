# divmod() and pow() with 2 and 3 arguments, negative exponents
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 65, 10))
print(divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3))
print(pow(3, 200, 1000), pow(7, 2, 5), pow(2, 100, 10 ** 9 + 7))
print(pow(0, 0), 0 ** 0, pow(10, 20))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
