# collections: namedtuple, deque, OrderedDict, defaultdict, Counter and ChainMap, as CPython 3.11 behaves.

import sys as _sys
from collections.abc import Mapping as _MappingABC, MutableMapping as _MutableMapping, \
    MutableSequence as _MutableSequence, KeysView as _KeysView, ValuesView as _ValuesView, ItemsView as _ItemsView, \
    _class_getitem

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'defaultdict', 'deque', 'namedtuple']

_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
    'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'))

# Objects whose repr is being built, so that a container holding itself prints '...' (reprlib.recursive_repr).
_repr_running = set()


def _index(n):
    # operator.index(n), with CPython's TypeError.
    if isinstance(n, int):
        return n
    try:
        f = type(n).__index__
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") from None
    return f(n)


# ---- namedtuple -------------------------------------------------------------------------------------------------

def _readonly_set(self, value):
    raise AttributeError("can't set attribute")


def _readonly_del(self):
    raise AttributeError("can't delete attribute")


def _tuplegetter(index, doc):
    # A namedtuple field: a property (CPython: a C _tuplegetter) reading item `index`, read-only.
    return property(lambda self: self[index], _readonly_set, _readonly_del, doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__
    _dict, _tuple, _len, _map, _zip = dict, tuple, len, map, zip

    # __new__ is compiled so that its signature (and its argument errors) are those of the fields.
    namespace = {'_tuple_new': tuple_new, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    __new__ = eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))', namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if _len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        result = self._make(_map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return _dict(_zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return _tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)

    if module is None:
        module = _sys._getframemodulename(1) or '__main__'
    result.__module__ = module
    return result


# ---- deque ------------------------------------------------------------------------------------------------------

_NO_ITEMS = ()


class deque:
    """A double-ended queue: two lists back to back, the left one reversed (its end is the deque's first item),
    so that both ends grow and shrink with list.append/list.pop; an empty side takes half of the other."""

    __slots__ = ('_l', '_r', '_maxlen')

    def __init__(self, iterable=_NO_ITEMS, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._l = []
        self._r = []
        if iterable is not _NO_ITEMS:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _rebalance_left(self):
        # The left list is empty: move the first half of the right list over.
        r = self._r
        half = (len(r) + 1) // 2
        left = r[:half]
        left.reverse()
        self._l = left
        del r[:half]

    def _rebalance_right(self):
        l = self._l
        half = (len(l) + 1) // 2
        right = l[:half]
        right.reverse()
        self._r = right
        del l[:half]

    def append(self, x):
        m = self._maxlen
        if m is not None and len(self._l) + len(self._r) >= m:
            if m == 0:
                return
            self.popleft()
        self._r.append(x)

    def appendleft(self, x):
        m = self._maxlen
        if m is not None and len(self._l) + len(self._r) >= m:
            if m == 0:
                return
            self.pop()
        self._l.append(x)

    def pop(self):
        r = self._r
        if r:
            return r.pop()
        if not self._l:
            raise IndexError('pop from an empty deque')
        self._rebalance_right()
        return self._r.pop()

    def popleft(self):
        l = self._l
        if l:
            return l.pop()
        if not self._r:
            raise IndexError('pop from an empty deque')
        self._rebalance_left()
        return self._l.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._r.extend(iterable)
        else:
            append = self.append
            for x in iterable:
                append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._l.extend(iterable)
        else:
            appendleft = self.appendleft
            for x in iterable:
                appendleft(x)

    def _items(self):
        items = self._l[::-1]
        items.extend(self._r)
        return items

    def _set_items(self, items):
        self._l = []
        self._r = items

    def rotate(self, n=1):
        n = _index(n)
        size = len(self._l) + len(self._r)
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        if n == 1:
            self.appendleft(self.pop())
        elif n == size - 1:
            self.append(self.popleft())
        else:
            items = self._items()
            self._set_items(items[-n:] + items[:-n])

    def clear(self):
        self._l = []
        self._r = []

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=_sys.maxsize):
        items = self._items()
        try:
            return items.index(x, start, stop)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None

    def insert(self, i, x):
        size = len(self._l) + len(self._r)
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        items = self._items()
        try:
            items.remove(value)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None
        self._set_items(items)

    def reverse(self):
        self._l, self._r = self._r, self._l

    def __len__(self):
        return len(self._l) + len(self._r)

    def __bool__(self):
        return bool(self._l) or bool(self._r)

    def __iter__(self):
        return iter(self._items())

    def __reversed__(self):
        items = self._r[::-1]
        items.extend(self._l)
        return iter(items)

    def __contains__(self, x):
        return x in self._l or x in self._r

    def _locate(self, i):
        # (list, position) of item i, with CPython's checks.
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = i.__index__()
            else:
                raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}')
        nl = len(self._l)
        size = nl + len(self._r)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('deque index out of range')
        if i < nl:
            return self._l, nl - 1 - i
        return self._r, i - nl

    def __getitem__(self, i):
        lst, j = self._locate(i)
        return lst[j]

    def __setitem__(self, i, x):
        lst, j = self._locate(i)
        lst[j] = x

    def __delitem__(self, i):
        lst, j = self._locate(i)
        del lst[j]

    def __eq__(self, other):
        if isinstance(other, deque):
            return self._items() == other._items()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, deque):
            return self._items() != other._items()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, deque):
            return self._items() < other._items()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, deque):
            return self._items() <= other._items()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, deque):
            return self._items() > other._items()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, deque):
            return self._items() >= other._items()
        return NotImplemented

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        if self._maxlen is None:
            self._set_items(items * n)
        else:
            self.clear()
            if n > 0:
                for _ in range(n):
                    self.extend(items)
        return self

    def __repr__(self):
        name = type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            items = repr(self._items())
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return f'{name}({items})'
        return f'{name}({items}, maxlen={self._maxlen})'

    def __reduce__(self):
        return self.__class__, ((), self._maxlen), None, iter(self)


# ---- OrderedDict ------------------------------------------------------------------------------------------------

class OrderedDict(dict):
    """A dict (which keeps insertion order) with move_to_end, popitem(last=) and order-sensitive equality."""

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return f'{name}({list(dict.items(self))!r})'
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        state = vars(self) if hasattr(self, '__dict__') else None
        return self.__class__, (), state or None, None, iter(self.items())

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# OrderedDict's views (CPython's odict_keys, ...): the views of collections.abc with the odict repr.

class odict_keys(_KeysView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return f'odict_keys({list(self)!r})'


class odict_values(_ValuesView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    def __repr__(self):
        return f'odict_values({list(self)!r})'


class odict_items(_ItemsView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __repr__(self):
        return f'odict_items({list(self)!r})'


# ---- defaultdict ------------------------------------------------------------------------------------------------

class defaultdict(dict):
    """A dict that calls default_factory() for missing keys (and stores the result)."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            factory = self.default_factory
            if factory is not None and id(factory) in _repr_running:
                frepr = '...'
            else:
                frepr = repr(factory)
            return f'{type(self).__name__}({frepr}, {dict.__repr__(self)})'
        finally:
            _repr_running.discard(key)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---- Counter ----------------------------------------------------------------------------------------------------

class Counter(dict):
    """A dict subclass for counting hashable items: missing items count 0; multiset arithmetic."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        return _chain_counts(self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _MappingABC):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _MappingABC):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


def _chain_counts(items):
    for elem, count in items:
        for _ in range(count):
            yield elem


# ---- ChainMap ---------------------------------------------------------------------------------------------------



class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order; writes and deletions go to maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _MappingABC):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _MappingABC):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# ---- UserDict --------------------------------------------------------------------------------------------------

class UserDict(_MutableMapping):
    """A dict-like class wrapping a real dict in .data, for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def copy(self):
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        new.data = self.data.copy()
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


_MutableSequence.register(deque)
for _cls in (deque, OrderedDict, defaultdict, Counter, ChainMap, UserDict):
    _cls.__class_getitem__ = classmethod(_class_getitem)
del _cls
