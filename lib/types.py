"""Names for the interpreter's built-in types, found the way CPython's types module finds them."""
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _c, _ag, _C


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was created with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return name + "(...)"
        _repr_running.add(id(self))
        try:
            return name + "(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"
        finally:
            _repr_running.discard(id(self))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


# CPython's class is written in C with the dotted name; messages such as "unhashable type" show it.
SimpleNamespace.__name__ = "types.SimpleNamespace"
_repr_running = set()


def resolve_bases(bases):
    """Replaces bases that define __mro_entries__ by what it returns (PEP 560)."""
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            new_bases.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases.extend(entries)
        changed = True
    return tuple(new_bases) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Returns (metaclass, namespace, remaining keywords) as the class statement would compute them."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class dynamically, as a class statement with these bases and keywords would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def coroutine(func):
    """Marks a generator function as usable with await (pyco: generators are returned unchanged)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func


DynamicClassAttribute = property
