# bisect: bisect_left/right, insort_left/right with lo/hi/key; errors
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, lo=1, hi=4))
print(bisect.bisect_right(a, 2, hi=None), bisect.bisect_left([], 1))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0)
print(b)

# key= applies to the list's items; insort applies it to the new item too.
recs = [('amy', 21), ('bob', 25), ('cat', 30)]
print(bisect.bisect_left(recs, 25, key=lambda r: r[1]), bisect.bisect_right(recs, 25, key=lambda r: r[1]))
bisect.insort(recs, ('dan', 27), key=lambda r: r[1])
bisect.insort_left(recs, ('eve', 25), key=lambda r: r[1])
print(recs)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

for bad in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.insort(a, 1, lo=-2), lambda: bisect.bisect(None, 1),
            lambda: bisect.bisect([1, 'a'], 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

print('11', bisect.bisect_left((1, 2, 3), 2), bisect.bisect_right('abcd', 'c'))
