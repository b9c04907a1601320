# basic generator functions with yield, next(), exhaustion
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
g = count_up(2)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)

def gen_with_return():
    yield 1
    yield 2
    return
    yield 3
print(list(gen_with_return()))
print(sum(count_up(101)))
