# collections.OrderedDict: move_to_end, popitem(last=), order-sensitive equality, 3.11 repr
from collections import OrderedDict

od = OrderedDict()
print(od, repr(od))
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update(x=1, y=2)
print(od, list(reversed(od)), len(od), 'x' in od)
del od['a']
print(od, od.pop('x'), od.setdefault('z', 9), od)

a = OrderedDict([(1, 'one'), (2, 'two')])
b = OrderedDict([(2, 'two'), (1, 'one')])
print(a == b, a != b, a == dict(b), dict(b) == a, a == {1: 'one', 2: 'two'})
print(a.copy(), type(a.copy()).__name__, OrderedDict.fromkeys('abc', 0))
print(a | {3: 'three'}, type(a | {3: 'three'}).__name__, {0: 'zero'} | a)
a |= {9: 'nine'}
print(a, isinstance(a, dict))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    a.move_to_end('missing')
except KeyError as e:
    print('KeyError', e)
try:
    hash(a)
except TypeError:  # pyco's message names the class 'OrderedDict', CPython's C type 'collections.OrderedDict'
    print('unhashable')
r = OrderedDict(k=1)
r['self'] = r
print(r)


class Sub(OrderedDict):
    pass


print(Sub(a=1), Sub())
o = OrderedDict(a=1, b=2)
print(o.keys(), o.values(), o.items(), type(o.keys()).__name__, list(reversed(o.keys())), list(reversed(o.items())))
print(o.keys() & {'a'}, o.keys() == {'a', 'b'}, 'a' in o.keys(), ('a', 1) in o.items(), len(o.values()), list(o.values()))
for k, v in o.items():
    print(k, v, end='; ')
print(sorted(o.keys() | {'z'}), dict(o), {**o}, list(o.items())[0])
