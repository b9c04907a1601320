# operator: every function, the in-place ones, itemgetter/attrgetter/methodcaller with reprs, errors
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-5), op.inv(5), op.invert(5), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.truth([0]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'))
print(op.concat([1], [2]), op.concat('a', 'b'), op.index(7), op.index(True))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'b'), d)
op.delitem(d, 'a')
print(d, op.getitem([1, 2, 3], slice(1, None)))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))

x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iconcat(x, [3]), op.isub(5, 2), op.imul(3, 4), op.itruediv(7, 2), op.ifloordiv(7, 2))
print(op.imod(7, 3), op.ipow(2, 5), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = {1, 2}
print(op.ior(s, {3}) is s, sorted(s))

print(op.__add__(1, 2), op.__not__(1), op.__getitem__('xy', 1), op.__iadd__(1, 1), op.__inv__(0), op.__call__(abs, -1))

g = op.itemgetter(1)
g2 = op.itemgetter(0, 2, 'k' and 1)
print(g('abc'), g2('abc'), repr(g), repr(op.itemgetter('a', 1, None)))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
print(op.itemgetter(slice(0, 2))([5, 6, 7]))

class P:
    def __init__(self, name, child=None):
        self.name, self.child = name, child
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct

p = P('outer', P('inner'))
a = op.attrgetter('name')
a2 = op.attrgetter('name', 'child.name')
print(a(p), a2(p), repr(a2))
m = op.methodcaller('greet', 'hi', punct='?')
print(m(p), repr(m), repr(op.methodcaller('upper')), op.methodcaller('upper')('abc'))

class Hinted:
    def __length_hint__(self):
        return 7
class NoHint:
    pass
class BadHint:
    def __length_hint__(self):
        return 'x'
class NegHint:
    def __length_hint__(self):
        return -1
class NIHint:
    def __length_hint__(self):
        return NotImplemented
print(op.length_hint([1, 2, 3]), op.length_hint(Hinted()), op.length_hint(NoHint()), op.length_hint(NoHint(), 5),
      op.length_hint(NIHint(), 2))

class Idx:
    def __index__(self):
        return 42
print(op.index(Idx()), [10, 20, 30][op.index(1)])

for bad in [lambda: op.concat(1, 2), lambda: op.iconcat({}, {}), lambda: op.index(1.5), lambda: op.index('3'),
            lambda: op.length_hint(BadHint()), lambda: op.length_hint(NegHint()), lambda: op.length_hint([], 'x'),
            lambda: op.itemgetter(), lambda: op.attrgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(),
            lambda: op.methodcaller(3), lambda: op.indexOf([1, 2], 3), lambda: op.attrgetter('nope')(p),
            lambda: op.itemgetter(5)([1]), lambda: op.truediv(1, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

import operator
print('9', repr(operator.itemgetter("a'b")), repr(operator.methodcaller('m', "x", y=[1, 'z'])))
print('12', operator.attrgetter('real', 'imag')(3+4j))
print('15', operator.length_hint(iter([1,2,3])), operator.length_hint(iter(range(5))))
