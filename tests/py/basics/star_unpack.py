# starred assignment targets a, *b = ...
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = (1, 2, 3, 4)
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b = "x"
print(a, b)
head, *tail = "hello"
print(head, tail)
first, *_, last = [10, 20, 30, 40, 50]
print(first, last)
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
print([*range(3), *"ab"])
print((*[1, 2], 3))
