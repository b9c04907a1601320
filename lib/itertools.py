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


class cycle:
    __slots__ = ('_it', '_saved', '_i')

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            for x in it:
                self._saved.append(x)
                return x
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._i + 1
        if i >= len(saved):
            i = 0
        self._i = i
        return saved[i]


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
    __slots__ = ('_its', '_cur')

    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._its = iter(iterable)
        self._cur = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        cur = self._cur
        while True:
            if cur is not None:
                for x in cur:
                    return x
            its = self._its
            if its is None:
                raise StopIteration
            for nxt in its:
                cur = self._cur = iter(nxt)
                break
            else:
                self._its = self._cur = None
                raise StopIteration


def _islice_index(x, what):
    if x is None:
        return None
    try:
        v = x.__index__() if not isinstance(x, int) else x
    except AttributeError:
        v = -1
    if v < 0 or v > _MAXSIZE:
        raise ValueError(what)
    return v


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


class islice:
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

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
                except (AttributeError, TypeError):
                    step = -1
                if step < 1:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        # Consumes exactly what CPython's islice consumes (the skipped items up to stop, nothing after it).
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        cnt = self._cnt
        nxt = self._next
        try:
            while cnt < nxt:
                next(it)
                cnt += 1
            if stop is not None and cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            self._cnt = cnt
            raise
        self._cnt = cnt + 1
        nxt += self._step
        if stop is not None and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class zip_longest:
    __slots__ = ('_its', '_fill', '_active')

    def __init__(self, *iterables, **kwargs):
        fill = None
        if kwargs:
            if 'fillvalue' in kwargs and len(kwargs) == 1:
                fill = kwargs['fillvalue']
            else:
                raise TypeError('zip_longest() got an unexpected keyword argument')
        self._its = [iter(x) for x in iterables]
        self._fill = fill
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        result = []
        fill = self._fill
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(fill)
                continue
            for x in it:
                result.append(x)
                break
            else:
                self._active -= 1
                if not self._active:
                    raise StopIteration
                its[i] = None
                result.append(fill)
        return tuple(result)


class product:
    __slots__ = ('_pools', '_indices', '_result')

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._result = None

    def __iter__(self):
        return self

    def __next__(self):
        pools = self._pools
        if pools is None:
            raise StopIteration
        indices = self._indices
        if indices is None:
            for p in pools:
                if not p:
                    self._pools = None
                    raise StopIteration
            self._indices = [0] * len(pools)
            self._result = [p[0] for p in pools]
            return tuple(self._result)
        result = self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        self._pools = None
        raise StopIteration


def _check_r(r, n):
    if r is None:
        return n
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations:
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_first')

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        self._pool = pool
        n = len(pool)
        r = _check_r(r, n)
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        if r > n:
            self._pool = None

    def __iter__(self):
        return self

    def __next__(self):
        pool = self._pool
        if pool is None:
            raise StopIteration
        r = self._r
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        n = len(pool)
        cycles = self._cycles
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
        self._pool = None
        raise StopIteration


class combinations:
    __slots__ = ('_pool', '_r', '_indices')

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r, 0)
        self._pool = pool if r <= len(pool) else None
        self._r = r
        self._indices = None

    def __iter__(self):
        return self

    def __next__(self):
        pool = self._pool
        if pool is None:
            raise StopIteration
        r = self._r
        indices = self._indices
        if indices is None:
            self._indices = list(range(r))
            return tuple(pool[:r])
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._pool = None
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    __slots__ = ('_pool', '_r', '_indices')

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r, 0)
        self._pool = pool if pool or not r else None
        self._r = r
        self._indices = None

    def __iter__(self):
        return self

    def __next__(self):
        pool = self._pool
        if pool is None:
            raise StopIteration
        r = self._r
        indices = self._indices
        if indices is None:
            self._indices = [0] * r
            return tuple([pool[0]] * r) if r else ()
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._pool = None
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return tuple([pool[k] for k in indices])


class accumulate:
    __slots__ = ('_it', '_func', '_total', '_initial', '_started')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial:
            self._initial = False
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
            return x
        func = self._func
        total = self._total
        total = total + x if func is None else func(total, x)
        self._total = total
        return total


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

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


class starmap:
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class takewhile:
    __slots__ = ('_pred', '_it')

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        x = next(it)
        if self._pred(x):
            return x
        self._it = None
        raise StopIteration


class dropwhile:
    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._dropping:
            pred = self._pred
            for x in it:
                if not pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(it)


class filterfalse:
    __slots__ = ('_pred', '_it')

    def __init__(self, function, iterable):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if not pred(x):
                return x
        raise StopIteration


class compress:
    __slots__ = ('_data', '_sel')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        for s in self._sel:
            x = next(data)
            if s:
                return x
        raise StopIteration


class pairwise:
    __slots__ = ('_it', '_old')

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _marker:
                old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            raise
        self._old = new
        return old, new


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
