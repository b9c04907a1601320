# collections.Counter: counting, most_common, elements, update/subtract, total, arithmetic, repr order
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], 'z' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(x=1, y=5), Counter(['b', 'a', 'b']))
c.update('aaz')
c.update({'b': 10})
c.update(q=2)
print(c)
c.subtract('aaaa')
c.subtract({'q': 5}, b=1)
print(c, c.total())
del c['nothere']
del c['q']
print(c)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-2)
print(a + b, a - b, a | b, a & b)
print(+Counter(a=1, b=-1, c=0), -Counter(a=1, b=-1, c=0))
x = Counter(a=1)
x += Counter(a=2, b=-1)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(b=4)
print(x)
x &= Counter(a=1, b=1)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {'a': 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=1, b=0), Counter(a=2) > Counter(a=1))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
print(Counter({1: 'x', 2: 'y'}) if False else Counter({'z': 1, 'y': 1, 'x': 2}))
print(Counter({(1, 2): 1}).copy(), type(Counter().copy()).__name__, isinstance(c, dict))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Counter(1, 2)
except TypeError as e:
    print('TypeError', e)
print(Counter(a=1) + {'a': 1} if False else 'skip', sorted(Counter('hello').items()))
