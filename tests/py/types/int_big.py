# arbitrary-precision integers: factorials, powers, big arithmetic
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(50))
print(2 ** 200)
print(2 ** 64 - 1, -(2 ** 63))
big = 10 ** 30 + 7
print(big * big)
print(big // 12345, big % 12345)
print(3 ** 100 - 3 ** 99)
print((2 ** 100) // (2 ** 98), 2 ** 100 == 4 * 2 ** 98)
print(len(str(fact(100))))
print(-fact(25) // 7, -fact(25) % 7)
print(2 ** 200 > 2 ** 199, abs(-(10 ** 40)))
print(int("123456789012345678901234567890") + 1)
print(sum(range(10 ** 6)))
