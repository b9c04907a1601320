# collections.UserDict: a dict wrapper for subclassing (data, __missing__, MutableMapping methods)
from collections import UserDict


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return 'missing:' + key


d = Lower({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, len(d), d['a'], d['zz'], 'b' in d, list(d), d.get('c'), d.get('q', 0))
print(d.pop('a'), d.setdefault('d', 4), d, sorted(d.items()), d == {'b': 2, 'c': 3, 'd': 4})
e = d.copy()
e['x'] = 9
print(type(e).__name__, e, d, UserDict.fromkeys('ab', 0))
del d['b']
print(d, isinstance(d, dict))
try:
    UserDict()['nope']
except KeyError as err:
    print('KeyError', err)
u = UserDict(a=1) | {'b': 2}
u |= UserDict(c=3)
print(u, type(u).__name__, {'z': 0} | UserDict(a=1))
