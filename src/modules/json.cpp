// The `json` module: a C++ encoder and decoder with CPython's output format and error messages; the public API
// (dumps/loads/dump/load, JSONDecodeError, JSONEncoder/JSONDecoder) is a thin Python layer (kJsonPy).
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "modules/module_util.h"
#include "modules/modules.h"

namespace pyco {

namespace {

// ---- encoder ----------------------------------------------------------------------------------------------------

struct Encoder {
    Interpreter& vm;
    Value indent;          // None or a str
    std::string item_sep, key_sep;
    bool sort_keys, ensure_ascii, allow_nan, skipkeys, check_circular;
    Value default_fn;      // callable or None
    std::string out;
    std::vector<Obj*> active;  // containers being encoded (for "Circular reference detected")
    int level = 0;
};

void encode_string(Encoder& e, std::string_view s) {
    static const char hex[] = "0123456789abcdef";
    std::string& o = e.out;
    o += '"';
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            if (!e.ensure_ascii) {
                o += static_cast<char>(c);
                i++;
                continue;
            }
            size_t adv = 1;
            uint32_t cp = utf8_decode(s.data() + i, &adv);
            i += adv;
            auto u4 = [&](uint32_t v) {
                o += "\\u";
                for (int k = 12; k >= 0; k -= 4) o += hex[(v >> k) & 0xf];
            };
            if (cp >= 0x10000) {
                cp -= 0x10000;
                u4(0xd800 | (cp >> 10));
                u4(0xdc00 | (cp & 0x3ff));
            } else {
                u4(cp);
            }
            continue;
        }
        i++;
        switch (c) {
            case '"': o += "\\\""; break;
            case '\\': o += "\\\\"; break;
            case '\n': o += "\\n"; break;
            case '\r': o += "\\r"; break;
            case '\t': o += "\\t"; break;
            case '\b': o += "\\b"; break;
            case '\f': o += "\\f"; break;
            default:
                if (c < 0x20 || (c == 0x7f && e.ensure_ascii)) {
                    o += "\\u00";
                    o += hex[c >> 4];
                    o += hex[c & 0xf];
                } else {
                    o += static_cast<char>(c);
                }
        }
    }
    o += '"';
}

R<std::string> float_text(Encoder& e, double d) {
    if (std::isnan(d) || std::isinf(d)) {
        if (!e.allow_nan) return raise(e.vm, e.vm.e_ValueError, "Out of range float values are not JSON compliant");
        return std::string(std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    }
    return std::string(TRY(float_format_value(e.vm, d, ""))->view());
}

void newline_indent(Encoder& e) {
    e.out += '\n';
    std::string_view ind = as_str(e.indent)->view();
    for (int i = 0; i < e.level; i++) e.out += ind;
}

Status encode_value(Encoder& e, Value v);

Status enter_container(Encoder& e, Value v) {
    if (e.check_circular) {
        for (Obj* o : e.active)
            if (o == v.as_obj()) return raise(e.vm, e.vm.e_ValueError, "Circular reference detected");
        e.active.push_back(v.as_obj());
    }
    return enter_recursion(e.vm, " while encoding a JSON object");
}

void leave_container(Encoder& e) {
    if (e.check_circular) e.active.pop_back();
    leave_recursion(e.vm);
}

Status encode_items(Encoder& e, const Value* items, uint32_t n, Value owner) {
    if (n == 0) {
        e.out += "[]";
        return Status::ok();
    }
    TRY(enter_container(e, owner));
    e.out += '[';
    bool pretty = !e.indent.is_none();
    if (pretty) {
        e.level++;
        newline_indent(e);
    }
    Status st = Status::ok();
    for (uint32_t i = 0; i < n; i++) {
        if (i) {
            e.out += e.item_sep;
            if (pretty) newline_indent(e);
        }
        // Re-read the item each time: the list may be changed by default() calls.
        if (is_kind(owner, Kind::List) && i >= as_list(owner)->size) break;
        Value item = is_kind(owner, Kind::List) ? as_list(owner)->items[i] : items[i];
        if (encode_value(e, item).failed()) {
            leave_container(e);
            return Raised{};
        }
    }
    if (pretty) {
        e.level--;
        newline_indent(e);
    }
    e.out += ']';
    leave_container(e);
    return st;
}

// The key of a dict entry as JSON text (without quotes), or an empty optional when it must be skipped.
R<bool> key_text(Encoder& e, Value k, std::string* out) {
    if (is_kind(k, Kind::Str)) {
        *out = as_str(k)->view();
        return true;
    }
    if (is_kind(k, Kind::Float)) {
        *out = TRY(float_text(e, float_value(k)));
        return true;
    }
    if (k.is_bool()) {
        *out = k.is_true() ? "true" : "false";
        return true;
    }
    if (k.is_none()) {
        *out = "null";
        return true;
    }
    if (is_int_value(k)) {
        *out = TRY(int_to_str(e.vm, TRY(int_exact(e.vm, k))))->view();
        return true;
    }
    if (e.skipkeys) return false;
    return raise(e.vm, e.vm.e_TypeError, "keys must be str, int, float, bool or None, not %s", type_name(e.vm, k));
}

Status encode_dict(Encoder& e, Value v) {
    Dict* d = as_dict(v);
    if (d->table.used == 0) {
        e.out += "{}";
        return Status::ok();
    }
    TRY(enter_container(e, v));
    // A snapshot of the items (a list of pairs), sorted when asked: like sorted(d.items()).
    R<List*> items_r = new_list(e.vm);
    if (items_r.failed()) {
        leave_container(e);
        return Raised{};
    }
    List* items = items_r.take();
    uint32_t pos = 0;
    Value k, val_;
    Status st = Status::ok();
    while (dict_next(d, &pos, &k, &val_)) {
        R<Tuple*> pair = tuple_of(e.vm, {k, val_});
        if (pair.failed() || list_append(e.vm, items, val(pair.take())).failed()) {
            leave_container(e);
            return Raised{};
        }
    }
    if (e.sort_keys && list_sort(e.vm, items, Value(), false).failed()) {
        leave_container(e);
        return Raised{};
    }
    e.out += '{';
    bool pretty = !e.indent.is_none();
    if (pretty) {
        e.level++;
        newline_indent(e);
    }
    bool first = true;
    for (uint32_t i = 0; i < items->size; i++) {
        Tuple* pair = as_tuple(items->items[i]);
        std::string key;
        R<bool> use = key_text(e, pair->items[0], &key);
        if (use.failed()) {
            leave_container(e);
            return Raised{};
        }
        if (!use.take()) continue;
        if (!first) {
            e.out += e.item_sep;
            if (pretty) newline_indent(e);
        }
        first = false;
        encode_string(e, key);
        e.out += e.key_sep;
        if (encode_value(e, pair->items[1]).failed()) {
            leave_container(e);
            return Raised{};
        }
    }
    if (pretty) {
        e.level--;
        newline_indent(e);
    }
    e.out += '}';
    leave_container(e);
    return st;
}

Status encode_value(Encoder& e, Value v) {
    if (v.is_none()) {
        e.out += "null";
    } else if (v.is_bool()) {
        e.out += v.is_true() ? "true" : "false";
    } else if (is_kind(v, Kind::Str)) {
        encode_string(e, as_str(v)->view());
    } else if (is_int_value(v)) {
        e.out += TRY(int_to_str(e.vm, TRY(int_exact(e.vm, v))))->view();
    } else if (is_kind(v, Kind::Float)) {
        e.out += TRY(float_text(e, float_value(v)));
    } else if (is_kind(v, Kind::List)) {
        TRY(encode_items(e, as_list(v)->items, as_list(v)->size, v));
    } else if (is_kind(v, Kind::Tuple)) {
        TRY(encode_items(e, as_tuple(v)->items, as_tuple(v)->size, v));
    } else if (is_kind(v, Kind::Dict)) {
        TRY(encode_dict(e, v));
    } else {
        if (e.default_fn.is_none())
            return raise(e.vm, e.vm.e_TypeError, "Object of type %s is not JSON serializable", type_name(e.vm, v));
        if (e.check_circular) {
            for (Obj* o : e.active)
                if (v.is_obj() && o == v.as_obj()) return raise(e.vm, e.vm.e_ValueError, "Circular reference detected");
            if (v.is_obj()) e.active.push_back(v.as_obj());
        }
        TRY(enter_recursion(e.vm, " while encoding a JSON object"));
        R<Value> r = call1(e.vm, e.default_fn, v);
        Status st = r.failed() ? Status(Raised{}) : encode_value(e, r.take());
        leave_recursion(e.vm);
        if (e.check_circular && v.is_obj()) e.active.pop_back();
        return st;
    }
    return Status::ok();
}

// _encode(obj, indent, item_separator, key_separator, sort_keys, ensure_ascii, allow_nan, skipkeys,
//         check_circular, default)
R<Value> json_encode(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_encode", 10, 10));
    if (!is_kind(args.v[2], Kind::Str) || !is_kind(args.v[3], Kind::Str))
        return raise(vm, vm.e_TypeError, "separators must be strings");
    Encoder e{vm, args.v[1], std::string(as_str(args.v[2])->view()), std::string(as_str(args.v[3])->view()),
              TRY(truthy(vm, args.v[4])), TRY(truthy(vm, args.v[5])), TRY(truthy(vm, args.v[6])),
              TRY(truthy(vm, args.v[7])), TRY(truthy(vm, args.v[8])), args.v[9], std::string(), {}, 0};
    TRY(encode_value(e, args.v[0]));
    return val(TRY(new_str(vm, e.out)));
}

// ---- decoder ----------------------------------------------------------------------------------------------------

struct Decoder {
    Interpreter& vm;
    Value doc;  // the str being decoded
    std::string_view s;
    Value object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    bool strict;
};

// Raises json.JSONDecodeError(msg, doc, pos) with pos in characters.
Raised decode_error(Decoder& d, const char* msg, size_t byte_pos) {
    int64_t pos = 0;
    for (size_t i = 0; i < byte_pos && i < d.s.size(); i++)
        if ((static_cast<unsigned char>(d.s[i]) & 0xC0) != 0x80) pos++;
    Interpreter& vm = d.vm;
    R<Value> json = dict_get(vm, vm.modules, val(TRY(intern(vm, "json"))));
    if (json.failed()) return Raised{};
    Value mod = json.take();
    if (mod.is_null() || !is_kind(mod, Kind::Module)) return raise(vm, vm.e_ValueError, "%s", msg);
    Value cls = dict_get_str(static_cast<Module*>(mod.as_obj())->dict, TRY(intern(vm, "JSONDecodeError")));
    if (cls.is_null()) return raise(vm, vm.e_ValueError, "%s", msg);
    R<Str*> m = new_str(vm, msg);
    if (m.failed()) return Raised{};
    R<Value> p = make_int(vm, pos);
    if (p.failed()) return Raised{};
    R<Value> exc = call3(vm, cls, val(m.take()), d.doc, p.take());
    if (exc.failed()) return Raised{};
    return raise_value(vm, exc.take());
}

size_t skip_ws(Decoder& d, size_t i) {
    while (i < d.s.size() && (d.s[i] == ' ' || d.s[i] == '\t' || d.s[i] == '\n' || d.s[i] == '\r')) i++;
    return i;
}

int hex4(std::string_view s, size_t i) {
    if (i + 4 > s.size()) return -1;
    int v = 0;
    for (size_t k = i; k < i + 4; k++) {
        char c = s[k];
        int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

// A string whose opening quote is at `begin`; *end receives the index after the closing quote.
R<Value> parse_string(Decoder& d, size_t begin, size_t* end) {
    std::string out;
    size_t i = begin + 1;
    std::string_view s = d.s;
    while (true) {
        if (i >= s.size()) return decode_error(d, "Unterminated string starting at", begin);
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '"') break;
        if (c < 0x20 && d.strict) return decode_error(d, "Invalid control character at", i);
        if (c != '\\') {
            out += static_cast<char>(c);
            i++;
            continue;
        }
        if (i + 1 >= s.size()) return decode_error(d, "Unterminated string starting at", begin);
        char esc = s[i + 1];
        const char* simple = nullptr;
        switch (esc) {
            case '"': simple = "\""; break;
            case '\\': simple = "\\"; break;
            case '/': simple = "/"; break;
            case 'b': simple = "\b"; break;
            case 'f': simple = "\f"; break;
            case 'n': simple = "\n"; break;
            case 'r': simple = "\r"; break;
            case 't': simple = "\t"; break;
            default: break;
        }
        if (simple) {
            out += simple;
            i += 2;
            continue;
        }
        if (esc != 'u') return decode_error(d, "Invalid \\escape", i);
        int u = hex4(s, i + 2);
        if (u < 0) return decode_error(d, "Invalid \\uXXXX escape", i + 1);
        uint32_t cp = static_cast<uint32_t>(u);
        i += 6;
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
            int lo = hex4(s, i + 2);
            if (lo < 0) return decode_error(d, "Invalid \\uXXXX escape", i + 1);
            if (lo >= 0xdc00 && lo <= 0xdfff) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (static_cast<uint32_t>(lo) - 0xdc00);
                i += 6;
            }
        }
        char buf[4];
        out.append(buf, static_cast<size_t>(utf8_encode(cp, buf)));
    }
    *end = i + 1;
    return val(TRY(new_str(d.vm, out)));
}

R<Value> parse_value(Decoder& d, size_t i, size_t* end);

R<Value> parse_object(Decoder& d, size_t i, size_t* end) {
    // i: just after '{'
    List* pairs = TRY(new_list(d.vm));
    i = skip_ws(d, i);
    if (i < d.s.size() && d.s[i] == '}') {
        i++;
    } else {
        while (true) {
            if (i >= d.s.size() || d.s[i] != '"')
                return decode_error(d, "Expecting property name enclosed in double quotes", i);
            Value key = TRY(parse_string(d, i, &i));
            i = skip_ws(d, i);
            if (i >= d.s.size() || d.s[i] != ':') return decode_error(d, "Expecting ':' delimiter", i);
            i = skip_ws(d, i + 1);
            Value value = TRY(parse_value(d, i, &i));
            TRY(list_append(d.vm, pairs, val(TRY(tuple_of(d.vm, {key, value})))));
            i = skip_ws(d, i);
            if (i < d.s.size() && d.s[i] == '}') {
                i++;
                break;
            }
            if (i >= d.s.size() || d.s[i] != ',') return decode_error(d, "Expecting ',' delimiter", i);
            i = skip_ws(d, i + 1);
        }
    }
    *end = i;
    if (!d.object_pairs_hook.is_none()) return call1(d.vm, d.object_pairs_hook, val(pairs));
    Dict* obj = TRY(new_dict(d.vm));
    for (uint32_t k = 0; k < pairs->size; k++) {
        Tuple* p = as_tuple(pairs->items[k]);
        TRY(dict_set(d.vm, obj, p->items[0], p->items[1]));
    }
    if (!d.object_hook.is_none()) return call1(d.vm, d.object_hook, val(obj));
    return val(obj);
}

R<Value> parse_array(Decoder& d, size_t i, size_t* end) {
    List* items = TRY(new_list(d.vm));
    i = skip_ws(d, i);
    if (i < d.s.size() && d.s[i] == ']') {
        *end = i + 1;
        return val(items);
    }
    while (true) {
        Value v = TRY(parse_value(d, i, &i));
        TRY(list_append(d.vm, items, v));
        i = skip_ws(d, i);
        if (i < d.s.size() && d.s[i] == ']') {
            *end = i + 1;
            return val(items);
        }
        if (i >= d.s.size() || d.s[i] != ',') return decode_error(d, "Expecting ',' delimiter", i);
        i = skip_ws(d, i + 1);
    }
}

bool starts(std::string_view s, size_t i, std::string_view word) { return s.substr(i, word.size()) == word; }

R<Value> parse_constant(Decoder& d, const char* name) {
    Str* n = TRY(new_str(d.vm, name));
    if (!d.parse_constant.is_none()) return call1(d.vm, d.parse_constant, val(n));
    double v = name[0] == 'N' ? NAN : name[0] == '-' ? -INFINITY : INFINITY;
    return new_float(d.vm, v);
}

R<Value> parse_number(Decoder& d, size_t i, size_t* end) {
    std::string_view s = d.s;
    size_t start = i;
    if (i < s.size() && s[i] == '-') i++;
    if (i < s.size() && s[i] == '0') {
        i++;
    } else if (i < s.size() && s[i] >= '1' && s[i] <= '9') {
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
    } else {
        return decode_error(d, "Expecting value", start);
    }
    bool is_float = false;
    if (i + 1 < s.size() && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        i += 2;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
        is_float = true;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-')) j++;
        if (j < s.size() && s[j] >= '0' && s[j] <= '9') {
            while (j < s.size() && s[j] >= '0' && s[j] <= '9') j++;
            i = j;
            is_float = true;
        }
    }
    *end = i;
    std::string_view text = s.substr(start, i - start);
    Value hook = is_float ? d.parse_float : d.parse_int;
    if (!hook.is_none()) return call1(d.vm, hook, val(TRY(new_str(d.vm, text))));
    if (is_float) return float_from_object(d.vm, val(TRY(new_str(d.vm, text))));
    return int_parse(d.vm, text, 10);
}

R<Value> parse_value(Decoder& d, size_t i, size_t* end) {
    std::string_view s = d.s;
    if (i >= s.size()) return decode_error(d, "Expecting value", i);
    char c = s[i];
    if (c == '"') return parse_string(d, i, end);
    if (c == '{' || c == '[') {
        TRY(enter_recursion(d.vm, " while decoding a JSON document"));
        R<Value> r = c == '{' ? parse_object(d, i + 1, end) : parse_array(d, i + 1, end);
        leave_recursion(d.vm);
        return r;
    }
    if (starts(s, i, "null")) {
        *end = i + 4;
        return Value::none();
    }
    if (starts(s, i, "true")) {
        *end = i + 4;
        return Value::boolean(true);
    }
    if (starts(s, i, "false")) {
        *end = i + 5;
        return Value::boolean(false);
    }
    if (starts(s, i, "NaN")) {
        *end = i + 3;
        return parse_constant(d, "NaN");
    }
    if (starts(s, i, "Infinity")) {
        *end = i + 8;
        return parse_constant(d, "Infinity");
    }
    if (starts(s, i, "-Infinity")) {
        *end = i + 9;
        return parse_constant(d, "-Infinity");
    }
    if (c == '-' || (c >= '0' && c <= '9')) return parse_number(d, i, end);
    return decode_error(d, "Expecting value", i);
}

// _decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict, idx)
// -> (value, end index in characters)
R<Value> json_decode(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_decode", 8, 8));
    if (!is_kind(args.v[0], Kind::Str)) return raise(vm, vm.e_TypeError, "first argument must be a string, not %s", type_name(vm, args.v[0]));
    Str* s = as_str(args.v[0]);
    Decoder d{vm, args.v[0], s->view(), args.v[1], args.v[2], args.v[3], args.v[4], args.v[5], TRY(truthy(vm, args.v[6]))};
    int64_t idx = TRY(index_value(vm, args.v[7]));
    if (idx < 0 || idx > static_cast<int64_t>(s->length)) return decode_error(d, "Expecting value", s->size);
    size_t start = str_offset(s, idx);
    size_t end = 0;
    Value v = TRY(parse_value(d, start, &end));
    int64_t end_chars = 0;
    for (size_t i = 0; i < end; i++)
        if ((static_cast<unsigned char>(d.s[i]) & 0xC0) != 0x80) end_chars++;
    return val(TRY(tuple_of(vm, {v, TRY(make_int(vm, end_chars))})));
}

constexpr const char* kJsonPy = R"PY(
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

JSONDecodeError.__module__ = 'json.decoder'

_WS = ' \t\n\r'

class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def raw_decode(self, s, idx=0):
        return _decode(s, self.object_hook, self.object_pairs_hook, self.parse_float, self.parse_int,
                       self.parse_constant, self.strict, idx)

    def decode(self, s):
        idx = 0
        n = len(s)
        while idx < n and s[idx] in _WS:
            idx += 1
        obj, end = self.raw_decode(s, idx)
        while end < n and s[end] in _WS:
            end += 1
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

JSONDecoder.__module__ = 'json.decoder'

class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _encode(o, indent, self.item_separator, self.key_separator, self.sort_keys, self.ensure_ascii,
                       self.allow_nan, self.skipkeys, self.check_circular, self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

JSONEncoder.__module__ = 'json.encoder'

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)

def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))

def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
        if s.startswith(b'\xef\xbb\xbf'):
            s = s[3:]
        s = s.decode('utf-8')
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)

def load(fp, **kw):
    return loads(fp.read(), **kw)
)PY";

}  // namespace

Status init_json_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "json"));
    TRY(module_add_functions(vm, m, {{"_encode", json_encode}, {"_decode", json_decode}}));
    TRY(module_exec(vm, m, kJsonPy));
    return Status::ok();
}

}  // namespace pyco
