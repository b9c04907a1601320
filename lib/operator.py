"""Operators as functions: operator.add(x, y) is x + y, and so on; itemgetter, attrgetter, methodcaller."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq',
           'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod',
           'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub',
           'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]
def call(obj, /, *args, **kwargs): return obj(*args, **kwargs)
def iadd(a, b): a += b; return a
def iand(a, b): a &= b; return a
def ifloordiv(a, b): a //= b; return a
def ilshift(a, b): a <<= b; return a
def imod(a, b): a %= b; return a
def imul(a, b): a *= b; return a
def imatmul(a, b): a @= b; return a
def ior(a, b): a |= b; return a
def ipow(a, b): a **= b; return a
def irshift(a, b): a >>= b; return a
def isub(a, b): a -= b; return a
def itruediv(a, b): a /= b; return a
def ixor(a, b): a ^= b; return a


def _not_sequence(a):
    return not hasattr(type(a), '__getitem__') or isinstance(a, dict)


def concat(a, b):
    """a + b for sequences a and b."""
    if _not_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def iconcat(a, b):
    """a += b for sequences a and b."""
    if _not_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def countOf(a, b):
    """How many items of a are b (or equal to it)."""
    count = 0
    for i in a:
        if i is b or i == b:
            count += 1
    return count


def indexOf(a, b):
    """The first index of an item of a that is b (or equal to it)."""
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def _int_arg(v):
    if not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    r = type(v).__index__(v)
    if not isinstance(r, int):
        raise TypeError('__index__ returned non-int (type %s)' % type(r).__name__)
    return r


def index(a):
    """a.__index__(): a as an exact integer."""
    return _int_arg(a)


def length_hint(obj, default=0):
    """An estimate of len(obj): its length, its __length_hint__(), or default."""
    default = _int_arg(default)
    if hasattr(type(obj), '__len__'):
        return len(obj)
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


class itemgetter:
    """itemgetter(item, ...) --> itemgetter object: f(r) is r[item], or a tuple of r[item] for several."""
    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj, /):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


class attrgetter:
    """attrgetter(attr, ...) --> attrgetter object: f(r) is r.attr (dotted names follow the dots)."""
    __slots__ = ('_attrs',)

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs

    def __call__(self, obj, /):
        out = []
        for attr in self._attrs:
            v = obj
            for name in attr.split('.'):
                v = getattr(v, name)
            out.append(v)
        return out[0] if len(out) == 1 else tuple(out)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


class methodcaller:
    """methodcaller(name, /, *args, **kwargs) --> methodcaller object: f(r) is r.name(*args, **kwargs)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(args)


for _name in ('lt le eq ne ge gt not_ abs add and_ call floordiv index inv invert lshift mod mul matmul neg or_ '
              'pos pow rshift sub truediv xor concat contains delitem getitem setitem iadd iand iconcat ifloordiv '
              'ilshift imod imul imatmul ior ipow irshift isub itruediv ixor').split():
    globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
