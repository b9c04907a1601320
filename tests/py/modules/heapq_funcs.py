# heapq: push/pop/heapify/replace/pushpop keep CPython's heap layout; nsmallest/nlargest/merge; errors
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 12), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 13), data)
print(heapq.heappushpop([], 4))

words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'cherry']
print(heapq.nsmallest(3, words), heapq.nlargest(3, words))
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, []), heapq.nsmallest(0, words), heapq.nlargest(10, [3, 1, 2]))
print(heapq.nsmallest(2, iter(range(10, 0, -1))))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a1', 'bb2'], ['c1', 'dd2'], key=len)))
print(list(heapq.merge([(1, 'x'), (2, 'x')], [(1, 'y'), (2, 'y')], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([], [1])))

# Tuples as (priority, task) pairs.
pq = []
for task in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(pq, task)
while pq:
    print(heapq.heappop(pq))

for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify('abc'), lambda: heapq.heappush([1, 'a'], 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

print('10', list(heapq.merge([1,3],[2,4],[0,5], key=lambda v: -v if False else v)))
