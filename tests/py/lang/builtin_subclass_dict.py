class S(str):
    pass
s = S('hello')
s.tag = 'greeting'
print(s, s.tag, s.__dict__, s.upper(), len(s), s + '!', type(s).__name__)
class I(int):
    def __repr__(self):
        return f'I({int(self)}, {self.__dict__})'
for v in (0, 7, -3, 2**70):
    i = I(v)
    i.unit = 'cm'
    print(repr(i), i + 1, i.unit)
class F(float): pass
f = F(1.5); f.x = [1, 2]
print(f, f.x, f * 2)
class C(complex): pass
c = C(1, 2); c.y = 3
print(c, c.y)
class B(bytes): pass
b = B(b'abc'); b.z = 'zz'
print(b, b.z, b.__dict__)
class T(tuple): pass
t = T((1, 2, 3)); t.w = 'w'
print(t, t.w, vars(t))
class Slotted(str):
    __slots__ = ()
try:
    Slotted('x').a = 1
except AttributeError as e:
    print('AttributeError:', e)
# many objects so that a collection runs while they are alive
keep = []
for k in range(2000):
    x = S(str(k) * (k % 7))
    x.k = [k]
    keep.append(x)
import gc
gc.collect()
print(sum(x.k[0] for x in keep), all(x.__dict__ == {'k': [int(i)]} for i, x in enumerate(keep)))
