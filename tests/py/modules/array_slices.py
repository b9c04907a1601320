# array.array: slice assignment and deletion with negative and extended steps, empty and reversed ranges
from array import array

def show(expr_fn):
    try:
        print(expr_fn())
    except Exception as e:
        print(type(e).__name__, e)

base = list(range(10))
for sl in [slice(None, None, -1), slice(8, 2, -2), slice(5, 2), slice(-3, None), slice(None, None, 3), slice(1, -1, 4)]:
    a = array('h', base)
    r = a[sl]
    n = len(r)
    a[sl] = array('h', [100 + i for i in range(n)])
    b = array('h', base)
    del b[sl]
    print(sl, r, a, b)
a = array('l', [1, 2, 3])
a[5:2] = array('l', [9, 9])
print(a)
a[:0] = array('l', [0])
a[len(a):] = array('l', [7])
print(a)
a[::-1] = a
print(a)
a *= 0
print(a, len(a))
a.extend(x * x for x in range(4))
a.insert(True, 42)
print(a, a[-1:-5:-1], a[10:-10:-1])
show(lambda: array('u', 'ab').__setitem__(0, 'xy'))
show(lambda: array('u', 'ab').__setitem__(0, 5))
show(lambda: array('u', [1]))
show(lambda: array('i', array('u', 'a')))
show(lambda: array('u', array('i', [1])))
show(lambda: array('u', 'ab').tounicode() + array('u', 'c').tounicode())
show(lambda: array('i').tounicode())
show(lambda: array('i').fromunicode('a'))
show(lambda: array('u').fromunicode(b'a'))
show(lambda: array('b', [1, 2, 3]).index(2, 2))
show(lambda: array('b', [1, 2, 3]).index(3, -1))
show(lambda: array('b', [1]) * (2 ** 62))
