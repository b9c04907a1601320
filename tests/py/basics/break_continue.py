# break and continue in for and while loops
out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)

i = 0
evens = []
while True:
    i += 1
    if i > 10:
        break
    if i % 2:
        continue
    evens.append(i)
print(evens)

for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if b > 1:
            break
        print(a, b)
