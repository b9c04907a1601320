# collections.deque: both ends, maxlen, rotate, indexing, comparisons, repr
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([9, 8])
print(d, list(d), list(reversed(d)), 'a' in d, 5 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d, d.count('a'), d.index('a'), d.index(2, 1))
d.insert(1, 'x')
d.remove('a')
print(d)
d.reverse()
print(d)
d[0] = 'first'
d[-1] = 'last'
del d[1]
print(d, d.copy(), d.copy() is d, bool(d), bool(deque()))
d.clear()
print(d, len(d))

m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([7, 8])
print(m)
m.extendleft([1, 2])
print(m)
z = deque([1, 2], maxlen=0)
z.append(1)
print(z)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque() <= deque())
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), deque('ab', 3) * 2)
e = deque([1])
e += [2, 3]
e *= 2
print(e)
e.extend(e)
print(e, len(e))

# O(1) at both ends: a long queue used from both sides.
q = deque()
for i in range(3000):
    q.append(i)
    q.appendleft(-i)
total = 0
while q:
    total += q.popleft() - q.pop()
print(total)
r = deque(maxlen=5)
for i in range(300):
    r.append(i)
print(r, sum(r))
s = deque([1, 2])
s.append(s)
print(s)


class MyDeque(deque):
    pass


print(MyDeque([1]), MyDeque([1], 4), type(MyDeque([1]).copy()).__name__)
