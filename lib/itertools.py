# itertools: CPython 3.11's lazy iterator building blocks, each a class (so type(count()) is itertools.count).

import sys as _sys

_MAXSIZE = _sys.maxsize


def _index(n):
    # operator.index(n), with CPython's TypeError.
    if isinstance(n, int):
        return n
    try:
        f = type(n).__index__
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") from None
    return f(n)


class count:
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for x in (start, step):
            if not isinstance(x, (int, float, complex)) and not hasattr(type(x), '__index__') \
                    and not hasattr(type(x), '__float__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {step!r})'


# Most iterators below keep their state in a generator (self._g): iter(obj) returns that generator, so a for
# loop over the object runs at generator speed instead of calling a Python __next__ per item; next(obj)
# advances the same generator. (So unlike CPython, iter(obj) is not obj.)

def _gen_iter(self):
    return self._g


def _gen_next(self):
    return next(self._g)


class cycle:
    __slots__ = ('_g',)

    def __init__(self, iterable):
        self._g = _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for x in it:
        saved.append(x)
        yield x
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


class chain:
    __slots__ = ('_g',)

    def __init__(self, *iterables):
        self._g = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._g = _chain(iterable)
        return self


def _chain(iterables):
    for it in iterables:
        yield from it


def _islice_index(x, what):
    if x is None:
        return None
    try:
        v = _index(x)
    except TypeError:
        v = -1
    if v < 0 or v > _MAXSIZE:
        raise ValueError(what)
    return v


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


class islice:
    __slots__ = ('_g',)

    def __init__(self, iterable, *args):
        n = len(args)
        if n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if n > 3:
            raise TypeError(f'islice expected at most 4 arguments, got {n + 1}')
        if n == 1:
            start, stop, step = 0, _islice_index(args[0], _STOP_MSG), 1
        else:
            stop = _islice_index(args[1], _STOP_MSG)
            start = _islice_index(args[0], _INDEX_MSG) or 0
            step = args[2] if n == 3 else None
            if step is None:
                step = 1
            else:
                try:
                    step = _index(step)
                except TypeError:
                    step = -1
                if step < 1:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self._g = _islice(iter(iterable), start, stop, step)


def _islice(it, nxt, stop, step):
    # Consumes exactly what CPython's islice consumes: the skipped items up to stop, nothing after it.
    cnt = 0
    if stop is None:
        stop = _MAXSIZE
    while True:
        while cnt < nxt:
            for _ in it:
                break
            else:
                return
            cnt += 1
        if cnt >= stop:
            return
        for item in it:
            break
        else:
            return
        cnt += 1
        nxt += step
        if nxt > stop:
            nxt = stop
        yield item


class zip_longest:
    __slots__ = ('_g',)

    def __init__(self, *iterables, **kwargs):
        fill = None
        if kwargs:
            if 'fillvalue' in kwargs and len(kwargs) == 1:
                fill = kwargs['fillvalue']
            else:
                raise TypeError('zip_longest() got an unexpected keyword argument')
        self._g = _zip_longest([iter(x) for x in iterables], fill)


def _zip_longest(its, fill):
    active = len(its)
    if not active:
        return
    n = range(len(its))
    while True:
        result = []
        for i in n:
            it = its[i]
            if it is None:
                result.append(fill)
                continue
            for x in it:
                result.append(x)
                break
            else:
                active -= 1
                if not active:
                    return
                its[i] = None
                result.append(fill)
        yield tuple(result)


class product:
    __slots__ = ('_g',)

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        self._g = _product([tuple(p) for p in iterables] * repeat)


def _product(pools):
    n = len(pools)
    if n == 1:
        for x in pools[0]:
            yield (x,)
        return
    for p in pools:
        if not p:
            return
    if n == 2:
        a, b = pools
        for x in a:
            for y in b:
                yield (x, y)
        return
    indices = [0] * n
    result = [p[0] for p in pools]
    yield tuple(result)
    lens = [len(p) for p in pools]
    last = n - 1
    while True:
        i = last
        while i >= 0:
            j = indices[i] + 1
            if j < lens[i]:
                indices[i] = j
                result[i] = pools[i][j]
                break
            indices[i] = 0
            result[i] = pools[i][0]
            i -= 1
        else:
            return
        yield tuple(result)


def _check_r(r, n):
    if r is None:
        return n
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations:
    __slots__ = ('_g',)

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        self._g = _permutations(pool, _check_r(r, len(pool)))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield pool[:r]
    get = pool.__getitem__
    while n:
        for i in range(r - 1, -1, -1):
            c = cycles[i] - 1
            if c == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                cycles[i] = c
                indices[i], indices[-c] = indices[-c], indices[i]
                yield tuple(map(get, indices[:r]))
                break
        else:
            return


class combinations:
    __slots__ = ('_g',)

    def __init__(self, iterable, r):
        self._g = _combinations(tuple(iterable), _check_r(r, 0))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield pool[:r]
    get = pool.__getitem__
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(map(get, indices))


class combinations_with_replacement:
    __slots__ = ('_g',)

    def __init__(self, iterable, r):
        self._g = _cwr(tuple(iterable), _check_r(r, 0))


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[0]] * r) if r else ()
    get = pool.__getitem__
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple(map(get, indices))


class accumulate:
    __slots__ = ('_g',)

    def __init__(self, iterable, func=None, *, initial=None):
        self._g = _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


class starmap:
    __slots__ = ('_g',)

    def __init__(self, function, iterable):
        self._g = _starmap(function, iter(iterable))


def _starmap(func, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield func(*args)


class takewhile:
    __slots__ = ('_g',)

    def __init__(self, predicate, iterable):
        self._g = _takewhile(predicate, iter(iterable))


def _takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


class dropwhile:
    __slots__ = ('_g',)

    def __init__(self, predicate, iterable):
        self._g = _dropwhile(predicate, iter(iterable))


def _dropwhile(pred, it):
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it


class filterfalse:
    __slots__ = ('_g',)

    def __init__(self, function, iterable):
        self._g = _filterfalse(function, iter(iterable))


def _filterfalse(pred, it):
    if pred is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not pred(x):
                yield x


class compress:
    __slots__ = ('_g',)

    def __init__(self, data, selectors):
        self._g = _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class pairwise:
    __slots__ = ('_g',)

    def __init__(self, iterable):
        self._g = _pairwise(iter(iterable))


def _pairwise(it):
    for old in it:
        break
    else:
        return
    for new in it:
        yield old, new
        old = new


for _cls in (cycle, chain, islice, zip_longest, product, permutations, combinations, combinations_with_replacement,
             accumulate, starmap, takewhile, dropwhile, filterfalse, compress, pairwise):
    _cls.__iter__ = _gen_iter
    _cls.__next__ = _gen_next
del _cls


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        # A for loop runs this generator; next(grouper) runs __next__: both keep their state in the groupby.
        return _grouper_items(self._parent, self, self._tgtkey)

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _marker:
            gb._step()
        if not (gb._currkey == self._tgtkey):
            raise StopIteration
        r = gb._currvalue
        gb._currvalue = _marker
        return r


def _grouper_items(gb, grouper, tgtkey):
    it = gb._it
    kf = gb._keyfunc
    while gb._currgrouper is grouper:
        v = gb._currvalue
        if v is _marker:
            for v in it:
                break
            else:
                return
            key = v if kf is None else kf(v)
            gb._currkey = key
        else:
            key = gb._currkey
        if not (key == tgtkey):
            gb._currvalue = v
            return
        gb._currvalue = _marker
        yield v


_marker = object()


class groupby:
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        # Raises StopIteration at the end of the input.
        v = next(self._it)
        kf = self._keyfunc
        self._currkey = v if kf is None else kf(v)
        self._currvalue = v

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        g = _grouper(self, self._tgtkey)
        self._currgrouper = g
        return self._currkey, g


class _tee:
    """One of tee()'s iterators: a position in a linked list of [value, next] cells filled from the shared
    source on demand, so that memory is released once every copy has moved past an item."""

    __slots__ = ('_src', '_cell')

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        nxt = cell[1]
        if nxt is None:
            value = next(self._src)
            nxt = cell[1] = [value, None]
            self._cell = nxt
            return value
        self._cell = nxt
        return nxt[0]

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._src = self._src
        t._cell = self._cell
        return t


def tee(iterable, n=2):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee.__new__(_tee)
        first._src = iter(iterable)
        first._cell = [None, None]
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])
