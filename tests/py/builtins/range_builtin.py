# range() used in for loops with start/stop/step
for i in range(3):
    print(i, end=" ")
print()
for i in range(10, 0, -2):
    print(i, end=" ")
print()
for i in range(-3, 3):
    print(i, end=" ")
print()
print(list(range(0)), list(range(-5)), list(range(1, 2)))
total = 0
for i in range(1, 1001):
    total += i
print(total)
