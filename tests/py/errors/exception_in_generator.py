# uncaught exception raised inside a generator being consumed
def parse_all(strings):
    for s in strings:
        yield int(s)

total = 0
for n in parse_all(["1", "2", "three"]):
    print("got", n)
    total += n
print(total)
