# nested loops building a multiplication table
for i in range(1, 5):
    row = []
    for j in range(1, 5):
        row.append(i * j)
    print(row)

pairs = []
for x in "abc":
    for y in (1, 2):
        pairs.append(x + str(y))
print(pairs)

total = 0
i = 0
while i < 4:
    j = 0
    while j < i:
        total += i * j
        j += 1
    i += 1
print("total", total)
