// The `re` module: native entry points over the engine (re_parse.cpp, re_match.cpp) and the Python part that
// builds Pattern and Match objects, templates, split/findall/sub on top of them.
#include <cstring>
#include <string>
#include <vector>

#include "modules/module_util.h"
#include "modules/modules.h"
#include "modules/re_engine.h"
#include "modules/re_program.h"

namespace pyco {

namespace {

// Calls re.error(msg[, pattern, pos]) and raises the result.
Raised re_error(Interpreter& vm, const std::string& msg, Value pattern, int64_t pos) {
    R<Value> mod = dict_get(vm, vm.modules, val(TRY(intern(vm, "re"))));
    if (mod.failed()) return Raised{};
    Value cls;
    if (is_kind(mod.take(), Kind::Module)) cls = dict_get_str(static_cast<Module*>(mod.take().as_obj())->dict, TRY(intern(vm, "error")));
    if (cls.is_null()) return raise(vm, vm.e_ValueError, "%s", msg.c_str());
    R<Str*> m = new_str(vm, msg);
    if (m.failed()) return Raised{};
    R<Value> exc = Value();
    if (pos >= 0) {
        R<Value> p = make_int(vm, pos);
        if (p.failed()) return Raised{};
        Value argv[3] = {val(m.take()), pattern, p.take()};
        exc = call(vm, cls, Args{argv, 3, nullptr});
    } else {
        exc = call1(vm, cls, val(m.take()));
    }
    if (exc.failed()) return Raised{};
    return raise_value(vm, exc.take());
}

// _compile(pattern, flags) -> (code: bytes, groups, groupindex: dict, flags)
R<Value> re_compile_native(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_compile", 2, 2));
    Value pat = args.v[0];
    std::vector<uint32_t> units;
    bool text;
    if (is_kind(pat, Kind::Str)) {
        text = true;
        Str* s = as_str(pat);
        units.reserve(s->length);
        for (size_t i = 0; i < s->size;) {
            size_t adv;
            units.push_back(utf8_decode(s->data + i, &adv));
            i += adv;
        }
    } else if (is_kind(pat, Kind::Bytes)) {
        text = false;
        Bytes* b = as_bytes(pat);
        units.assign(b->data, b->data + b->size);
    } else {
        return raise(vm, vm.e_TypeError, "first argument must be string or compiled pattern");
    }
    int64_t flags = TRY(index_value(vm, args.v[1]));
    re::Compiled c;
    re::CompileError err;
    if (!re::compile(units, text, static_cast<int>(flags), &c, &err)) {
        if (err.overflow) return raise(vm, vm.e_OverflowError, "%s", err.msg.c_str());
        return re_error(vm, err.msg, pat, err.pos);
    }
    std::string_view raw(reinterpret_cast<const char*>(c.code.data()), c.code.size() * sizeof(int32_t));
    Bytes* code = TRY(new_bytes(vm, raw));
    Dict* index = TRY(new_dict(vm));
    for (auto& [name, g] : c.names) TRY(dict_set(vm, index, val(TRY(new_str(vm, name))), Value::small_int(g)));
    return val(TRY(tuple_of(vm, {val(code), Value::small_int(c.groups - 1), val(index), Value::small_int(c.flags)})));
}

// The subject of a match as code units, decoded from UTF-8 only when it is not ASCII.
struct Subject {
    const uint8_t* narrow = nullptr;
    std::vector<uint32_t> wide;
    std::vector<uint32_t> offsets;  // wide text: byte offset of each code point (and of the end)
    int64_t length = 0;
    Value obj;
};

// subject[a:b] as a new str, or bytes (also for a bytearray subject, as CPython).
R<Value> substr(Interpreter& vm, const Subject& s, int64_t a, int64_t b) {
    if (is_kind(s.obj, Kind::Str)) {
        Str* str = as_str(s.obj);
        if (str->ascii) return val(TRY(new_str(vm, std::string_view(str->data + a, static_cast<size_t>(b - a)))));
        return val(TRY(new_str(vm, std::string_view(str->data + s.offsets[a], s.offsets[b] - s.offsets[a]))));
    }
    return val(TRY(new_bytes(vm, std::string_view(reinterpret_cast<const char*>(s.narrow) + a, static_cast<size_t>(b - a)))));
}

R<const int32_t*> check_code(Interpreter& vm, Value code, std::vector<int32_t>* copy) {
    if (!is_kind(code, Kind::Bytes)) return raise(vm, vm.e_TypeError, "invalid compiled pattern");
    Bytes* b = as_bytes(code);
    if (b->size % 4) return raise(vm, vm.e_ValueError, "invalid compiled pattern");
    copy->resize(b->size / 4);
    std::memcpy(copy->data(), b->data, b->size);
    if (!re::valid_code(copy->data(), copy->size())) return raise(vm, vm.e_ValueError, "invalid compiled pattern");
    return copy->data();
}

Status load_subject(Interpreter& vm, const int32_t* code, Value string, Subject* out) {
    bool text = re::code_is_text(code);
    out->obj = string;
    if (is_kind(string, Kind::Str)) {
        if (!text) return raise(vm, vm.e_TypeError, "cannot use a bytes pattern on a string-like object");
        Str* s = as_str(string);
        out->length = s->length;
        if (s->ascii) {
            out->narrow = reinterpret_cast<const uint8_t*>(s->data);
        } else {
            out->wide.reserve(s->length);
            out->offsets.reserve(s->length + 1);
            for (size_t i = 0; i < s->size;) {
                size_t adv;
                out->offsets.push_back(static_cast<uint32_t>(i));
                out->wide.push_back(utf8_decode(s->data + i, &adv));
                i += adv;
            }
            out->offsets.push_back(s->size);
        }
        return Status::ok();
    }
    if (is_kind(string, Kind::Bytes) || is_kind(string, Kind::ByteArray)) {
        if (text) return raise(vm, vm.e_TypeError, "cannot use a string pattern on a bytes-like object");
        if (is_kind(string, Kind::Bytes)) {
            out->narrow = as_bytes(string)->data;
            out->length = as_bytes(string)->size;
        } else {
            auto* b = static_cast<ByteArray*>(string.as_obj());
            out->narrow = b->data;
            out->length = b->size;
        }
        return Status::ok();
    }
    return raise(vm, vm.e_TypeError, "expected string or bytes-like object, got '%s'", type_name(vm, string));
}

Raised limit_error(Interpreter& vm, re::Outcome o) {
    switch (o) {
        case re::Outcome::StepLimit:
            return raise(vm, vm.e_RecursionError, "regular expression too complex: backtracking step limit exceeded");
        case re::Outcome::StackLimit:
            return raise(vm, vm.e_RecursionError, "regular expression too complex: backtracking stack limit exceeded");
        case re::Outcome::OutOfMemory: return raise(vm, vm.e_MemoryError, "out of memory in regular expression matching");
        default: return raise(vm, vm.e_ValueError, "invalid compiled pattern");
    }
}

// Owns a matcher for the duration of a native call.
struct MatcherHolder {
    re::Matcher* m;
    ~MatcherHolder() { re::free_matcher(m); }
};

re::Outcome run_on(re::Matcher* m, const Subject& s, int64_t pos, re::Mode mode, bool must_advance, std::vector<int64_t>* slots) {
    if (s.narrow || s.wide.empty()) {
        static const uint8_t kEmpty = 0;
        return re::run(m, s.narrow ? s.narrow : &kEmpty, pos, mode, must_advance, slots);
    }
    return re::run(m, s.wide.data(), pos, mode, must_advance, slots);
}

// One match as handed to Python: the group spans (2*groups ints, -1 unset), lastindex (-1: none), the text
// between `gap_from` and the match (None without one), then each group's text (None: unset).
R<Value> match_entry(Interpreter& vm, const std::vector<int64_t>& slots, int groups, const Subject& subj, int64_t gap_from) {
    List* l = TRY(new_list(vm, static_cast<uint32_t>(3 * groups + 2)));
    for (int i = 0; i < 2 * groups; i++) TRY(list_append(vm, l, TRY(make_int(vm, slots[i]))));
    TRY(list_append(vm, l, TRY(make_int(vm, slots.back()))));
    TRY(list_append(vm, l, gap_from < 0 ? Value::none() : TRY(substr(vm, subj, gap_from, slots[0]))));
    for (int g = 0; g < groups; g++) {
        int64_t a = slots[2 * g], b = slots[2 * g + 1];
        TRY(list_append(vm, l, a < 0 || b < 0 ? Value::none() : TRY(substr(vm, subj, a, b))));
    }
    return val(l);
}

struct Call {
    std::vector<int32_t> code;
    Subject subject;
    int64_t pos = 0, endpos = 0;
};

Status prepare(Interpreter& vm, Args args, Call* c) {
    const int32_t* code = TRY(check_code(vm, args.v[0], &c->code));
    TRY(load_subject(vm, code, args.v[1], &c->subject));
    c->pos = TRY(index_value(vm, args.v[2]));
    c->endpos = TRY(index_value(vm, args.v[3]));
    int64_t n = c->subject.length;
    if (c->pos < 0) c->pos = 0;
    if (c->pos > n) c->pos = n;
    if (c->endpos < 0) c->endpos = 0;
    if (c->endpos > n) c->endpos = n;
    return Status::ok();
}

// _match(code, string, pos, endpos, mode, must_advance) -> slots list or None. mode: 0 match, 1 search, 2 fullmatch.
R<Value> re_match_native(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_match", 6, 6));
    Call c;
    TRY(prepare(vm, args, &c));
    if (c.endpos < c.pos) return Value::none();
    int64_t mode = TRY(index_value(vm, args.v[4]));
    bool must_advance = TRY(truthy(vm, args.v[5]));
    MatcherHolder h{re::new_matcher(c.code.data(), c.code.size(), c.endpos)};
    if (!h.m) return raise(vm, vm.e_MemoryError, "out of memory in regular expression matching");
    std::vector<int64_t> slots;
    re::Mode md = mode == 0 ? re::Mode::Match : mode == 1 ? re::Mode::Search : re::Mode::FullMatch;
    re::Outcome o = run_on(h.m, c.subject, c.pos, md, must_advance, &slots);
    if (o == re::Outcome::NoMatch) return Value::none();
    if (o != re::Outcome::Match) return limit_error(vm, o);
    return match_entry(vm, slots, re::code_groups(c.code.data()), c.subject, -1);
}

// _scan(code, string, pos, endpos, limit) -> (entries, tail): successive non-overlapping matches as
// finditer/findall/sub/split see them (after an empty match, the next one must not be empty at the same
// position); each entry's gap is the text since the previous match (or pos); tail is the text after the last
// match up to the end of the string. limit 0: all. must_advance (optional): resuming after an empty match.
R<Value> re_scan_native(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_scan", 5, 6));
    Call c;
    TRY(prepare(vm, args, &c));
    int64_t limit = TRY(index_value(vm, args.v[4]));
    List* out = TRY(new_list(vm));
    if (c.endpos < c.pos) return val(TRY(tuple_of(vm, {val(out), TRY(substr(vm, c.subject, c.pos, c.subject.length))})));
    MatcherHolder h{re::new_matcher(c.code.data(), c.code.size(), c.endpos)};
    if (!h.m) return raise(vm, vm.e_MemoryError, "out of memory in regular expression matching");
    int groups = re::code_groups(c.code.data());
    std::vector<int64_t> slots;
    int64_t pos = c.pos, gap_from = c.pos;
    bool must_advance = args.n > 5 ? TRY(truthy(vm, args.v[5])) : false;
    while (pos <= c.endpos && (limit <= 0 || static_cast<int64_t>(out->size) < limit)) {
        re::Outcome o = run_on(h.m, c.subject, pos, re::Mode::Search, must_advance, &slots);
        if (o == re::Outcome::NoMatch) break;
        if (o != re::Outcome::Match) return limit_error(vm, o);
        TRY(list_append(vm, out, TRY(match_entry(vm, slots, groups, c.subject, gap_from))));
        must_advance = slots[1] == slots[0];
        pos = gap_from = slots[1];
    }
    return val(TRY(tuple_of(vm, {val(out), TRY(substr(vm, c.subject, gap_from, c.subject.length))})));
}

constexpr const char* kRePy = R"PY(
import sys as _sys

class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)

error.__module__ = 're'

_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]
_ENUM_ORDER = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]

def _flag_text(value, order):
    parts = []
    for bit, name in order:
        if value & bit:
            parts.append('re.' + name)
            value &= ~bit
    if value:
        parts.append(hex(value))
    return '|'.join(parts)

class RegexFlag(int):
    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        if v < 0:
            return '~' + repr(RegexFlag(~v))
        return _flag_text(v, _ENUM_ORDER)
    __str__ = __repr__
    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))
    __ror__ = __or__
    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))
    __rand__ = __and__
    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))
    __rxor__ = __xor__
    def __invert__(self):
        return RegexFlag(~int(self))

RegexFlag.__module__ = 're'

NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)
for _name, _value in [('NOFLAG', NOFLAG), ('ASCII', A), ('A', A), ('IGNORECASE', I), ('I', I), ('LOCALE', L),
                      ('L', L), ('UNICODE', U), ('U', U), ('MULTILINE', M), ('M', M), ('DOTALL', S), ('S', S),
                      ('VERBOSE', X), ('X', X), ('TEMPLATE', T), ('T', T), ('DEBUG', DEBUG)]:
    setattr(RegexFlag, _name, _value)
del _name, _value

_MAXSIZE = 9223372036854775807
_cache = {}
_MAXCACHE = 512

def _type_name(x):
    return type(x).__name__

class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, str):
            if flags & LOCALE:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            if flags & ASCII and flags & UNICODE:
                raise ValueError('ASCII and UNICODE flags are incompatible')
        else:
            if flags & UNICODE:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            if flags & LOCALE and flags & ASCII:
                raise ValueError('ASCII and LOCALE flags are incompatible')
        code, groups, groupindex, flags = _compile(pattern, flags)
        if isinstance(pattern, str):
            if flags & LOCALE:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            if not flags & ASCII:
                flags |= UNICODE
            elif flags & UNICODE:
                raise ValueError('ASCII and UNICODE flags are incompatible')
        self._code = code
        self.pattern = pattern
        self.flags = int(flags)
        self.groups = groups
        self.groupindex = groupindex
        self._names = {g: n for n, g in groupindex.items()}

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            return 're.compile(%s, %s)' % (text, _flag_text(flags, _FLAG_NAMES))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return cls

    def _run(self, string, pos, endpos, mode):
        regs = _match(self._code, string, pos, endpos, mode, False)
        if regs is None:
            return None
        return Match(self, string, pos, endpos, regs)

    def _scan(self, string, pos, endpos, limit):
        return _scan(self._code, string, pos, endpos, limit)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        # lazy, in growing batches (the first one now, so that bad arguments raise here as in CPython)
        return _finditer(self, string, pos, endpos, _scan(self._code, string, pos, endpos, 16)[0], 16)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        groups = self.groups
        first = 2 * groups + 5
        empty = '' if isinstance(string, str) else b''
        entries = self._scan(string, pos, endpos, 0)[0]
        if groups == 0:
            return [e[-1] for e in entries]
        if groups == 1:
            return [empty if e[-1] is None else e[-1] for e in entries]
        return [tuple(empty if v is None else v for v in e[first:]) for e in entries]

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        out = []
        groups = self.groups
        gap = 2 * groups + 3
        entries, tail = self._scan(string, 0, _MAXSIZE, maxsplit)
        for e in entries:
            out.append(e[gap])
            if groups:
                out.extend(e[gap + 2:])
        out.append(tail)
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            func = repl
            literal = None
        elif isinstance(repl, str) and isinstance(self.pattern, str) or \
                isinstance(repl, (bytes, bytearray)) and not isinstance(self.pattern, str):
            literal = repl
            if ('\\' if isinstance(repl, str) else b'\\') in repl:
                template = _compile_template(self, repl)
                func = lambda m: _expand(template, m)
                literal = None
        elif isinstance(repl, (str, bytes, bytearray)):
            literal = repl   # the wrong type: joining the pieces raises CPython's TypeError
        else:
            raise TypeError('decoding to str: need a bytes-like object, %s found' % _type_name(repl))
        if count < 0:
            return string[:0] + string, 0
        pieces = []
        gap = 2 * self.groups + 3
        entries, tail = self._scan(string, 0, _MAXSIZE, count)
        if not entries:
            return (bytes(string) if isinstance(string, bytearray) else string), 0
        for regs in entries:
            if regs[gap]:
                pieces.append(regs[gap])
            item = literal if literal is not None else func(Match(self, string, 0, _MAXSIZE, regs))
            if item is not None:
                pieces.append(item)
        if tail:
            pieces.append(tail)
        n = len(entries)
        return ('' if isinstance(string, str) else b'').join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SRE_Scanner(self, string, pos, endpos)

Pattern.__module__ = 're'

class SRE_Scanner:
    def __init__(self, pattern, string, pos, endpos):
        _match(pattern._code, string, 0, 0, 0, False)   # type checks now, as CPython
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._start = min(max(pos, 0), len(string))
        self._advance = False

    def _next(self, mode):
        if self._start is None:
            return None
        regs = _match(self.pattern._code, self._string, self._start, self._endpos, mode, self._advance)
        if regs is None:
            self._start = None
            return None
        self._advance = regs[0] == regs[1] if mode == 1 else regs[1] == self._start
        self._start = regs[1]
        return Match(self.pattern, self._string, self._pos, self._endpos, regs)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(1)

SRE_Scanner.__module__ = 're'

def _finditer(pattern, string, pos, endpos, entries, limit):
    while True:
        for e in entries:
            yield Match(pattern, string, pos, endpos, e)
        if len(entries) < limit:
            return
        last = entries[-1]
        limit = min(limit * 2, 4096)
        entries = _scan(pattern._code, string, last[1], endpos, limit, last[0] == last[1])[0]

class Match:
    def __init__(self, pattern, string, pos, endpos, regs):
        n = len(string)
        self.re = pattern
        self.string = string
        self.pos = min(max(pos, 0), n)
        self.endpos = min(max(endpos, 0), n)
        self._regs = regs

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (self._regs[0], self._regs[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                i = g.__index__()
            except AttributeError:
                raise IndexError('no such group')
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        v = self._regs[2 * self.re.groups + 4 + i]
        return default if v is None else v

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._regs[2 * self._index(group)]

    def end(self, group=0):
        return self._regs[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._regs[2 * i], self._regs[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._regs[2 * i], self._regs[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        i = self._regs[2 * self.re.groups + 2]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._regs[2 * self.re.groups + 2]
        return None if i < 0 else self.re._names.get(i)

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return cls

Match.__module__ = 're'

_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_template_cache = {}

def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    t = _template_cache.get(key)
    if t is None:
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        t = _template_cache[key] = _parse_template(pattern, repl)
    return t

def _parse_template(pattern, repl):
    isbytes = not isinstance(repl, str)
    src = str(repl, 'latin-1') if isbytes else repl
    items = []   # literal strings and group numbers
    lit = []
    i = 0
    n = len(src)
    def fail(msg, pos):
        if isbytes:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        raise error(msg, repl, pos)
    def addgroup(index, pos):
        if index > pattern.groups:
            fail('invalid group reference %d' % index, pos)
        if lit:
            items.append(''.join(lit))
            del lit[:]
        items.append(index)
    while i < n:
        c = src[i]
        i += 1
        if c != '\\':
            lit.append(c)
            continue
        if i >= n:
            fail('bad escape (end of pattern)', n - 1)
        c = src[i]
        i += 1
        if c == 'g':
            if i >= n or src[i] != '<':
                fail('missing <', i)
            i += 1
            j = src.find('>', i)
            if j < 0:
                if i == n:
                    fail('missing group name', i)
                fail('missing >, unterminated name', i)
            name = src[i:j]
            if not name:
                fail('missing group name', i)
            i = j + 1
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                if not (name.isdigit() and name.isascii()):
                    fail('bad character in group name %r' % name, i - len(name) - 1)
                index = int(name)
            addgroup(index, i - len(name) - 1)
        elif c == '0':
            v = 0
            k = 0
            while k < 2 and i < n and src[i] in '01234567':
                v = v * 8 + int(src[i])
                i += 1
                k += 1
            lit.append(chr(v & 0xff))
        elif c in '0123456789':
            start = i - 1
            if i < n and src[i] in '0123456789':
                if c in '01234567' and src[i] in '01234567' and i + 1 < n and src[i + 1] in '01234567':
                    v = int(src[i - 1:i + 2], 8)
                    if v > 0o377:
                        fail('octal escape value \\%s outside of range 0-0o377' % src[i - 1:i + 2], i - 2)
                    lit.append(chr(v))
                    i += 2
                    continue
                i += 1
            addgroup(int(src[start:i]), start)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail('bad escape \\%s' % c, i - 2)
        else:
            lit.append('\\' + c)
    if lit:
        items.append(''.join(lit))
    if isbytes:
        items = [x.encode('latin-1') if isinstance(x, str) else x for x in items]
    return items

def _expand(template, match):
    empty = '' if isinstance(match.string, str) else b''
    out = []
    for item in template:
        if isinstance(item, int):
            v = match._get(item)
            if v:
                out.append(v)
        else:
            out.append(item)
    return empty.join(out)

def _compile(pattern, flags):
    return _compile_native(pattern, flags)

def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p

def template(pattern, flags=0):
    # deprecated in CPython 3.11; pyco compiles the pattern as usual
    return compile(pattern, flags | TEMPLATE)

def purge():
    _cache.clear()
    _template_cache.clear()

def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)

def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)

def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)

def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)

def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)

_SPECIAL = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}

def escape(pattern):
    if isinstance(pattern, str):
        return ''.join([_SPECIAL.get(c, c) for c in pattern])
    return ''.join([_SPECIAL.get(c, c) for c in str(pattern, 'latin-1')]).encode('latin-1')

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
           'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']
)PY";

}  // namespace

Status init_re_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "re"));
    TRY(module_add_functions(vm, m, {{"_compile_native", re_compile_native}, {"_match", re_match_native},
                                     {"_scan", re_scan_native}}));
    TRY(module_exec(vm, m, kRePy));
    return Status::ok();
}

}  // namespace pyco
