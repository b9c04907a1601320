# uncaught TypeError: 'int' object is not iterable
total = 0
for x in 12345:
    total += x
print(total)
