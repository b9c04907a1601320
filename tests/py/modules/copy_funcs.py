# copy: copy/deepcopy of builtins, user classes (__dict__, __slots__), __copy__/__deepcopy__, memo, errors
import copy

for x in [1, 'abc', (1, 2), None, 3.5, b'x', frozenset([1]), len, int]:
    print(repr(x) if x is not len else 'len', copy.copy(x) is x, copy.deepcopy(x) is x)

l = [1, [2, 3], {'k': [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]['k'] is l[2]['k'])
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
st = {1, 2}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
ba = bytearray(b'ab')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy({'a': ba})['a'] is ba)

# Shared and recursive structures keep their shape.
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is not rec)
memo = {}
c1 = copy.deepcopy(shared, memo)
print(copy.deepcopy(shared, memo) is c1)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q).__name__, q.y is p.y, r.y is p.y, q is p)

class Slotted:
    __slots__ = ('a', 'b', '__c')
    def __init__(self):
        self.a = [1]
        self.__c = 'private'
    def c(self):
        return self.__c

sl = copy.copy(Slotted())
print(sl.a, hasattr(sl, 'b'), sl.c())
sd = copy.deepcopy(Slotted())
print(sd.a, sd.c())

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(self.v + 100)
print(copy.copy(Custom(1)).v, copy.deepcopy([Custom(1)])[0].v)

class State:
    def __init__(self):
        self.n = 1
    def __getstate__(self):
        return {'n': self.n * 10}
    def __setstate__(self, st):
        self.n = st['n'] + 1
print(copy.copy(State()).n, copy.deepcopy(State()).n)

class Reduced:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Reduced, (self.a * 2,))
print(copy.copy(Reduced(4)).a, copy.deepcopy(Reduced([1])).a)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 'T'
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1], md, md[1] is ml[1])

class MyDict(dict):
    pass
dd = copy.deepcopy(MyDict(a=[1]))
print(type(dd).__name__, dd)

class MyTuple(tuple):
    pass
print(type(copy.copy(MyTuple((1, 2)))).__name__, copy.copy(MyTuple((1, 2))))

e = copy.copy(ValueError('bad', 2))
print(type(e).__name__, e.args)

print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)
import sys
def gen():
    yield 1
for bad in [lambda: copy.copy(sys), lambda: copy.deepcopy(gen())]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# __slots__ with __dict__, classes whose __init__ needs arguments, tuples sharing items
import copy
class Both:
    __slots__ = ('a', '__dict__')
b = Both(); b.a = 1; b.x = 2
c = copy.copy(b)
print('7', c.a, c.x)
class WithInit:
    def __init__(self, must):
        self.must = must
w = copy.deepcopy({'k': [WithInit(3)]})
print('8', w['k'][0].must)
print('13', copy.deepcopy([1, (2, [3])]), copy.copy(range(3)))
x = [1]; t = (x, x)
ct = copy.deepcopy(t)
print('14', ct[0] is ct[1])
