# collections.namedtuple: errors for bad names and wrong arity, with CPython's messages
from collections import namedtuple

Point = namedtuple('Point', 'x y')
calls = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, y=2, z=3),
    lambda: Point(1, x=2),
    lambda: Point._make([1]),
    lambda: Point(1, 2)._replace(z=1),
    lambda: Point(1, 2).z,
    lambda: setattr(Point(1, 2), 'x', 5),
    lambda: namedtuple('Bad', 'a a'),
    lambda: namedtuple('Bad', 'a _b'),
    lambda: namedtuple('Bad', 'a class'),
    lambda: namedtuple('Bad', 'a 1b'),
    lambda: namedtuple('Bad name', 'a'),
    lambda: namedtuple('def', 'a'),
    lambda: namedtuple('Bad', 'a', defaults=(1, 2)),
    lambda: namedtuple('Bad', ['a', 'b-c']),
    lambda: namedtuple('Bad', 'a', rename=1, defaults=None, module=None, x=1),
]
for f in calls:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
try:
    del Point(1, 2).x
except AttributeError as e:
    print(e)
