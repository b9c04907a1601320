# ExceptionGroup and BaseExceptionGroup (PEP 654) and the runtime helpers of except*: run once at start-up by
# src/modules/excgroup.cpp, which puts the classes in builtins and the helpers in hidden builtins ($eg_begin ...).
def _eg_matcher(cond):
    if isinstance(cond, type) and issubclass(cond, BaseException):
        return lambda e: isinstance(e, cond)
    if isinstance(cond, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in cond):
        return lambda e: isinstance(e, cond)
    if callable(cond) and not isinstance(cond, type):
        return cond
    raise TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)")

def _eg_copy_meta(src, dst):
    dst.__traceback__ = src.__traceback__
    dst.__cause__ = src.__cause__
    dst.__context__ = src.__context__
    if hasattr(src, '__notes__'):
        dst.__notes__ = src.__notes__
    return dst

class BaseExceptionGroup(BaseException):
    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(cls.__name__ + "() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)" % len(args))
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + type(message).__name__)
        if isinstance(exceptions, dict) or not hasattr(type(exceptions), '__getitem__') or not hasattr(type(exceptions), '__len__'):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        nested_base = False
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and nested_base:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '" + cls.__name__ + "'")
        self = BaseException.__new__(cls, message, exceptions)
        self._eg_message = message
        self._eg_exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        return self._eg_message

    @property
    def exceptions(self):
        return self._eg_exceptions

    def __str__(self):
        n = len(self._eg_exceptions)
        return "%s (%d sub-exception%s)" % (self._eg_message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._eg_message, excs)

    def _eg_split(self, match, want_rest):
        if match(self):
            return self, None
        m, r = [], []
        for e in self._eg_exceptions:
            if isinstance(e, BaseExceptionGroup):
                a, b = e._eg_split(match, want_rest)
                if a is not None:
                    m.append(a)
                if b is not None:
                    r.append(b)
            elif match(e):
                m.append(e)
            elif want_rest:
                r.append(e)
        mg = _eg_copy_meta(self, self.derive(m)) if m else None
        rg = _eg_copy_meta(self, self.derive(r)) if r else None
        return mg, rg

    def split(self, condition):
        return self._eg_split(_eg_matcher(condition), True)

    def subgroup(self, condition):
        return self._eg_split(_eg_matcher(condition), False)[0]

class ExceptionGroup(BaseExceptionGroup, Exception):
    pass

BaseExceptionGroup.__module__ = 'builtins'
ExceptionGroup.__module__ = 'builtins'

def _eg_leaves(e, out):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _eg_leaves(x, out)
    else:
        out.append(e)
    return out

def _eg_star_begin(exc):
    return [exc, exc, []]

def _eg_star_match(state, typ):
    for t in (typ if isinstance(typ, tuple) else (typ,)):
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
    rest = state[1]
    if rest is None:
        return None
    if not isinstance(rest, BaseExceptionGroup):
        if isinstance(rest, typ):
            state[1] = None
            return _eg_copy_meta(rest, BaseExceptionGroup("", (rest,)))
        return None
    match, state[1] = rest.split(typ)
    return match

def _eg_star_raised(state, e):
    state[2].append(e)

def _eg_same_meta(a, b):
    return a.__traceback__ is b.__traceback__ and a.__cause__ is b.__cause__ and a.__context__ is b.__context__

def _eg_star_end(state):
    orig, rest, excs = state
    state.clear()
    if rest is not None:
        excs.append(rest)
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    raised, reraised = [], []
    for e in excs:
        (reraised if _eg_same_meta(e, orig) else raised).append(e)
    keep = []
    for e in reraised:
        _eg_leaves(e, keep)
    ids = [id(x) for x in keep]
    reraised_eg = orig._eg_split(lambda x: not isinstance(x, BaseExceptionGroup) and id(x) in ids, False)[0] if keep else None
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) > 1:
        return ExceptionGroup("", raised)
    return raised[0]
