# collections.deque: CPython's exceptions and messages
from collections import deque

calls = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque()[0],
    lambda: deque([1, 2])[-3],
    lambda: deque([1])[1:],
    lambda: deque([1, 2]).index(5),
    lambda: deque([1, 2]).remove(5),
    lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: deque(maxlen=-1),
    lambda: deque(maxlen='a'),
    lambda: deque(1),
    lambda: deque([1]).rotate('a'),
    lambda: deque([1]) + [1],
    lambda: deque([1]).__setitem__(3, 0),
]
for f in calls:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
# pyco's deque is a Python class, so its name in messages is 'deque' (CPython's C type says 'collections.deque').
try:
    hash(deque())
except TypeError:
    print('unhashable')
