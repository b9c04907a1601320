"""Data classes (PEP 557), written for pyco in Python: methods are generated as source and exec'd."""
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % (type_name,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,'
                'metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                   self.compare, self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _make_fn(name, params, body, env, qualname):
    """Compiles `def name(params): body` with the names of `env` bound in a closure."""
    names = ', '.join(env)
    src = 'def __make__(%s):\n def %s(%s):\n%s\n return %s\n' % (
        names, name, ', '.join(params), '\n'.join('  ' + line for line in (body or ['pass'])), name)
    ns = {}
    exec(src, {'__builtins__': __builtins__}, ns)
    fn = ns['__make__'](**env)
    fn.__qualname__ = '%s.%s' % (qualname, name)
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _type_is(annotation, kind, typing_name):
    """True if `annotation` is typing.ClassVar[...]-like (kind 'ClassVar') or InitVar (kind 'InitVar')."""
    if isinstance(annotation, str):
        s = annotation.strip()
        for prefix in ('typing.', 'dataclasses.'):
            if s.startswith(prefix):
                s = s[len(prefix):]
        return s == kind or s.startswith(kind + '[')
    if kind == 'InitVar':
        return annotation is InitVar or type(annotation) is InitVar
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _type_is(a_type, 'ClassVar', 'ClassVar'):
        f._field_type = _FIELD_CLASSVAR
    elif _type_is(a_type, 'InitVar', 'InitVar'):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _tuple_src(obj_name, flds):
    if not flds:
        return '()'
    return '(%s,)' % ','.join('%s.%s' % (obj_name, f.name) for f in flds)


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, qualname):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
    env = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY, '__dataclass_object__': object}
    body = []
    for f in fields:
        if f.default_factory is not MISSING:
            env['__dataclass_dflt_%s__' % f.name] = f.default_factory
        elif f.default is not MISSING:
            env['__dataclass_dflt_%s__' % f.name] = f.default
    for f in fields:
        if f._field_type is not _FIELD and f._field_type is not _FIELD_INITVAR:
            continue
        dflt = '__dataclass_dflt_%s__' % f.name
        if f.default_factory is not MISSING:
            if f.init:
                value = '%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (dflt, f.name, f.name)
            else:
                value = '%s()' % dflt
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            value = dflt
        else:
            continue
        if f._field_type is _FIELD:
            if frozen:
                body.append('__dataclass_object__.__setattr__(self,%r,%s)' % (f.name, value))
            else:
                body.append('self.%s=%s' % (f.name, value))
    if has_post_init:
        body.append('self.%s(%s)' % (_POST_INIT_NAME,
                                     ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)))

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            return '%s=__dataclass_dflt_%s__' % (f.name, f.name)
        return '%s=_HAS_DEFAULT_FACTORY' % (f.name,)

    params = ['self'] + [param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [param(f) for f in kw_only_fields]
    return _make_fn('__init__', params, body, env, qualname)


def _frozen_get_del_attr(cls, fields, qualname):
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError,
           '__dataclass_names__': tuple(f.name for f in fields)}
    cond = 'type(self) is cls or name in __dataclass_names__'
    return (_make_fn('__setattr__', ['self', 'name', 'value'],
                     ['if %s:' % cond, ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                      'super(cls, self).__setattr__(name, value)'], env, qualname),
            _make_fn('__delattr__', ['self', 'name'],
                     ['if %s:' % cond, ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                      'super(cls, self).__delattr__(name)'], env, qualname))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True
    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, type_ in cls_annotations.items():
        if type_ is KW_ONLY or (isinstance(type_, str) and type_.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    qualname = cls.__qualname__
    if init:
        _set_new_attribute(cls, '__init__', _init_fn(all_init_fields, std_init_fields, kw_only_init_fields,
                                                     frozen, hasattr(cls, _POST_INIT_NAME), qualname))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _make_fn(
            '__repr__', ['self'],
            ['key = id(self)',
             'if key in running:',
             " return '...'",
             'running.add(key)',
             'try:',
             ' return self.__class__.__qualname__ + f"(%s)"' % ', '.join('%s={self.%s!r}' % (f.name, f.name)
                                                                         for f in flds),
             'finally:',
             ' running.discard(key)'], {'running': set()}, qualname))
    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _make_fn(
            '__eq__', ['self', 'other'],
            ['if other.__class__ is self.__class__:',
             ' return %s==%s' % (_tuple_src('self', flds), _tuple_src('other', flds)),
             'return NotImplemented'], {}, qualname))
    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            fn = _make_fn(name, ['self', 'other'],
                          ['if other.__class__ is self.__class__:',
                           ' return %s%s%s' % (_tuple_src('self', flds), op, _tuple_src('other', flds)),
                           'return NotImplemented'], {}, qualname)
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, qualname):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (fn.__name__, cls.__name__))
    hash_action = None
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        hash_action = 'add'
    elif eq and frozen:
        if not has_explicit_hash:
            hash_action = 'add'
    elif eq:
        if not has_explicit_hash:
            hash_action = 'none'
    if hash_action == 'add':
        flds = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _make_fn('__hash__', ['self'], ['return hash(%s)' % _tuple_src('self', flds)], {},
                                qualname)
    elif hash_action == 'none':
        cls.__hash__ = None
    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + '(...)'
        except (TypeError, AttributeError):
            pass
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _add_slots(cls, is_frozen):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        inherited.update(getattr(b, '__slots__', ()))
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    for name in ('__setattr__', '__delattr__') if is_frozen else ():
        fn = new_cls.__dict__.get(name)
        if fn is not None:
            pass
    if is_frozen:
        for fn in _frozen_get_del_attr(new_cls, fields(new_cls), new_cls.__qualname__):
            setattr(new_cls, fn.__name__, fn)
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _copy_value(obj, inner):
    if _is_dataclass_instance(obj):
        return inner(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_copy_value(v, inner) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_value(v, inner) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_value(k, inner), _copy_value(v, inner)) for k, v in obj.items())
    return obj   # CPython deep-copies other objects (copy.deepcopy); pyco shares them


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def inner(o):
        return dict_factory([(f.name, _copy_value(getattr(o, f.name), inner)) for f in fields(o)])
    return inner(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def inner(o):
        return tuple_factory([_copy_value(getattr(o, f.name), inner) for f in fields(o)])
    return inner(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()'
                                 % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in annotations:
            raise TypeError('Field name duplicated: %r' % (name,))
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
