"""The parts of sys written in Python: version_info, flags and implementation as the named structures CPython has
(sys.version_info.major, sys.implementation.name, ...), made on their first use by sys.__getattr__."""
import sys


def _structseq(name, fields):
    fields = tuple(fields.split())

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != len(fields):
            raise TypeError(f'sys.{name}() takes a {len(fields)}-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return f'sys.{name}(' + ', '.join(f'{n}={v!r}' for n, v in zip(fields, self)) + ')'

    ns = {'__new__': __new__, '__repr__': __repr__, '__slots__': (), '__module__': 'sys',
          'n_fields': len(fields), 'n_sequence_fields': len(fields), 'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)


class _Namespace:
    # types.SimpleNamespace's repr, without importing types at startup
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return 'namespace(' + ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items()) + ')'


def _setup(machine, pyco_version):
    version_info = _structseq('version_info', 'major minor micro releaselevel serial')
    sys.version_info = version_info((3, 11, 0, 'final', 0))
    sys.flags = _structseq('flags', 'debug inspect interactive optimize dont_write_bytecode no_user_site no_site '
                           'ignore_environment verbose bytes_warning quiet hash_randomization isolated dev_mode '
                           'utf8_mode warn_default_encoding safe_path int_max_str_digits')(
        (0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, False, 1, 0, False, -1))
    v = version_info(tuple(int(n) for n in pyco_version.split('.')) + ('final', 0))
    sys.implementation = _Namespace(name='pyco', cache_tag=None, version=v,
                                    hexversion=v[0] << 24 | v[1] << 16 | v[2] << 8 | 0xF0, _machine=machine)
