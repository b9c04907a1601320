# collections.defaultdict: default_factory, __missing__, repr, copy, errors
from collections import defaultdict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, d['a'], len(d), d.default_factory, 'c' in d, d.get('c'), len(d))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(dict(nested['x']), nested['q']['r'], len(nested))
n = defaultdict(None, {'a': 1})
print(n, n['a'])
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
print(defaultdict(), defaultdict(set, a={1}), defaultdict(int, [('k', 5)]))
c = d.copy()
c['z'].append(0)
print(type(c).__name__, c.default_factory, sorted(c), sorted(d))
print(d.__missing__('new'), d['new'])
d.default_factory = dict
print(d['other'], d)
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
u = defaultdict(int, a=1) | {'b': 2}
print(u, type(u).__name__)
print(isinstance(d, dict), defaultdict.__name__, defaultdict.__module__)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t['a']['b']['c'] = 1
print(t['a']['b'], type(t['a']).__name__)
