# while loops: counting, collatz, digit sums
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
x = 987654321
digits = 0
total = 0
while x:
    total += x % 10
    x //= 10
    digits += 1
print(digits, total)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
