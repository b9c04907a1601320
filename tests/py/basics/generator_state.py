# generators keep local state between yields; multiple independent generators
def running_total(items):
    total = 0
    for x in items:
        total += x
        yield total

print(list(running_total([1, 2, 3, 4])))

def take(gen, n):
    out = []
    for x in gen:
        if len(out) == n:
            break
        out.append(x)
    return out

def naturals():
    n = 1
    while True:
        yield n
        n += 1

print(take(naturals(), 5))
g1 = naturals()
g2 = naturals()
print(next(g1), next(g1), next(g2))

def trace():
    print("start")
    yield "a"
    print("middle")
    yield "b"
    print("end")
for v in trace():
    print("got", v)
