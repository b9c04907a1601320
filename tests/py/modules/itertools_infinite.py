# itertools.count/cycle/repeat: lazy infinite iterators, reprs and type names
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 2), 3)))
print(list(islice(count(0.5, 0.25), 3)), list(islice(count(5, -2), 4)), list(zip('abc', count(1))))
c = count(3)
print(next(c), next(c), c, count(), count(1.5), count(2, 3), count(1, 1.0), count(0, -1))
print(list(islice(cycle('abc'), 7)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)), list(zip(range(3), repeat(None))))
r = repeat('a', 2)
print(r, repeat('a'), repeat([1], 5), next(r), r, r.__length_hint__())
print(list(map(pow, range(5), repeat(2))))
for it in (count(), cycle('a'), repeat(1)):
    print(type(it), type(it).__name__, type(it).__module__)
# (pyco: iter() of most itertools objects is their internal generator, so only these two are their own iterator)
print(iter(count()) is not None, all(iter(x) is x for x in (count(), repeat(1))))
n = 0
for i in count():
    n += i
    if i == 1000:
        break
print(n)
