"""Shallow and deep copies: copy.copy(x), copy.deepcopy(x[, memo]); classes may define __copy__,
__deepcopy__(memo), __reduce_ex__/__reduce__, __getnewargs__, __getstate__ and __setstate__."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _f():
    pass


_atomic = {type(None), type(...), type(NotImplemented), int, float, bool, complex, str, bytes, type, range,
           property, type(_f), type(len), type(_f.__code__) if hasattr(_f, '__code__') else type(None)}


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy (and keeps the originals alive)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself (through a list) was copied while its items were.
        if d in memo:
            return memo[d]
        y = x
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals must outlive the memo: otherwise their ids could be reused by other objects.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _reduce(x, cls):
    # What pickle protocol 4 would store: (callable, args, state, list items, dict items).
    for name in ('__reduce_ex__', '__reduce__'):
        reductor = getattr(cls, name, None)
        if reductor is not None and reductor is not getattr(object, name, None):
            rv = reductor(x, 4) if name == '__reduce_ex__' else reductor(x)
            if isinstance(rv, str):
                return rv
            if not isinstance(rv, tuple) or not 2 <= len(rv) <= 5:
                raise Error("un(deep)copyable object of type %s" % cls)
            return tuple(rv) + (None,) * (5 - len(rv))
    d = getattr(x, '__dict__', None) or None
    if isinstance(x, BaseException):
        return cls, x.args, d, None, None
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), d, None, None
    if isinstance(x, bytearray):
        return cls, (bytes(x),), d, None, None
    if cls.__module__ == 'builtins' and cls is not object and not isinstance(x, (list, dict, tuple)):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = (cls,) + tuple(getnewargs(x))
    else:
        args = (cls,)
        for base in (int, float, complex, str, bytes, tuple):
            if isinstance(x, base):
                args = (cls, base(x))
                break
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = getstate(x)
    else:
        state = d
        slots = {}
        for name in _slot_names(cls):
            if hasattr(x, name):
                slots[name] = getattr(x, name)
        if slots:
            state = (state, slots)
    return (_newobj, args, state, iter(x) if isinstance(x, list) else None,
            iter(x.items()) if isinstance(x, dict) else None)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


del _f
