# collections.ChainMap: lookups through maps, writes to the first, new_child, parents
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm, cm['user'], cm['color'], len(cm), list(cm), sorted(cm.items()), 'color' in cm, cm.get('x', 0))
cm['color'] = 'blue'
print(args, defaults, cm['color'])
del cm['color']
print(cm['color'], args)
child = cm.new_child()
child['user'] = 'root'
print(child, child.parents, child.maps[0], child['user'], cm['user'])
print(cm.new_child({'a': 1}), cm.new_child(b=2), ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})))
print(cm.pop('user'), cm, cm.popitem() if cm.maps[0] else 'empty first map')
for f in (lambda: cm.pop('zz'), lambda: cm.popitem(), lambda: cm.__delitem__('color'), lambda: cm['nope']):
    try:
        f()
    except KeyError as e:
        print('KeyError', e)
c2 = ChainMap({'k': 1}, {'k': 2, 'j': 3})
c3 = c2.copy()
c3['k'] = 100
print(c2, c3, type(c3).__name__)
print(c2 | {'new': 0}, {'a': 0} | c2, dict(c2), c2 == {'k': 1, 'j': 3})
c2 |= {'m': 4}
print(c2, ChainMap.fromkeys('ab', 0))
c2.clear()
print(c2, list(ChainMap({'a': 1}, {'b': 2}, {'a': 3, 'c': 4})))
print(c2.setdefault('s', 5), c2, c2.keys(), sorted(ChainMap({'b': 1}, {'a': 2}).values()))


class DeepChainMap(ChainMap):
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value


d = DeepChainMap({'zebra': 'black'}, {'elephant': 'blue'}, {'lion': 'yellow'})
d['lion'] = 'orange'
d['snake'] = 'red'
print(d)
