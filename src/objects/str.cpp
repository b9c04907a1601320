// The str type: UTF-8 text objects, interning, repr, %-formatting, str.format and all str methods.
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "objects/float_format.h"
#include "objects/objects.h"
#include "objects/unicode.h"

namespace pyco {

// ---- UTF-8 ------------------------------------------------------------------------------------------------------

int utf8_encode(uint32_t cp, char* out) {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

// Decodes one code point of text already known to be valid UTF-8.
uint32_t utf8_decode(const char* s, size_t* advance) {
    auto b = reinterpret_cast<const unsigned char*>(s);
    if (b[0] < 0x80) {
        *advance = 1;
        return b[0];
    }
    if (b[0] < 0xE0) {
        *advance = 2;
        return ((b[0] & 0x1Fu) << 6) | (b[1] & 0x3Fu);
    }
    if (b[0] < 0xF0) {
        *advance = 3;
        return ((b[0] & 0x0Fu) << 12) | ((b[1] & 0x3Fu) << 6) | (b[2] & 0x3Fu);
    }
    *advance = 4;
    return ((b[0] & 0x07u) << 18) | ((b[1] & 0x3Fu) << 12) | ((b[2] & 0x3Fu) << 6) | (b[3] & 0x3Fu);
}

namespace {

// Why strict UTF-8 decoding failed at a position: CPython's reasons and the bad byte range [start, end).
struct Utf8Error {
    size_t start, end;
    const char* reason;
};

// Checks one sequence at pos. Returns its byte length, or 0 with *err filled in (CPython's decoder rules:
// the error covers the longest valid prefix of a sequence).
size_t utf8_check_one(std::string_view s, size_t pos, Utf8Error* err) {
    auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char c = b(pos);
    if (c < 0x80) return 1;
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;  // > U+10FFFF
    } else {
        *err = {pos, pos + 1, "invalid start byte"};
        return 0;
    }
    for (size_t k = 1; k <= need; k++) {
        if (pos + k >= s.size()) {
            *err = {pos, s.size(), "unexpected end of data"};
            return 0;
        }
        unsigned char d = b(pos + k);
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (d < l || d > h) {
            *err = {pos, pos + k, "invalid continuation byte"};
            return 0;
        }
    }
    return need + 1;
}

}  // namespace

bool utf8_valid(std::string_view s, size_t* length) {
    size_t n = 0;
    Utf8Error err;
    for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            i++;
        } else {
            size_t k = utf8_check_one(s, i, &err);
            if (!k) return false;
            i += k;
        }
        n++;
    }
    if (length) *length = n;
    return true;
}

void StrBuilder::add_codepoint(uint32_t cp) {
    char tmp[4];
    buf_.append(tmp, static_cast<size_t>(utf8_encode(cp, tmp)));
}

// ---- construction -----------------------------------------------------------------------------------------------

namespace {

constexpr size_t kMaxStrSize = 0xFFFFFFF0u;

// A Str of `size` bytes (contents to be filled in by the caller, then finish_str).
R<Str*> alloc_str(Interpreter& vm, Type* type, size_t size) {
    if (size > kMaxStrSize) return raise_memory_error(vm);
    Str* s = TRY(alloc<Str>(vm, type, size + 1));
    s->size = static_cast<uint32_t>(size);
    s->hash = -1;
    s->data[size] = 0;
    return s;
}

void finish_str(Str* s) {
    uint32_t n = 0;
    bool ascii = true;
    auto p = reinterpret_cast<const unsigned char*>(s->data);
    for (uint32_t i = 0; i < s->size; i++) {
        if ((p[i] & 0xC0) != 0x80) n++;
        if (p[i] >= 0x80) ascii = false;
    }
    s->length = n;
    s->ascii = ascii;
}

R<Str*> new_str_of_type(Interpreter& vm, Type* type, std::string_view text) {
    Str* s = TRY(alloc_str(vm, type, text.size()));
    if (!text.empty()) std::memcpy(s->data, text.data(), text.size());
    finish_str(s);
    return s;
}

// Methods return exact str even when called on a subclass instance (as CPython does).
R<Str*> exact_str(Interpreter& vm, Str* s) {
    if (s->type == vm.t_str) return s;
    return new_str(vm, s->view());
}

uint64_t fnv1a(std::string_view s) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace

R<Str*> new_str(Interpreter& vm, std::string_view utf8) {
    if (utf8.empty() && vm.empty_str) return vm.empty_str;
    if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 0x80 && vm.char_strs[static_cast<unsigned char>(utf8[0])])
        return vm.char_strs[static_cast<unsigned char>(utf8[0])];
    return new_str_of_type(vm, vm.t_str, utf8);
}

int64_t str_hash(Str* s) {
    if (s->hash != -1) return s->hash;
    int64_t h = static_cast<int64_t>(fnv1a(s->view()));
    if (h == -1) h = -2;
    s->hash = h;
    return h;
}

bool str_equal(Str* a, Str* b) {
    if (a == b) return true;
    if (a->interned && b->interned) return false;
    if (a->size != b->size) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return std::memcmp(a->data, b->data, a->size) == 0;
}

R<Str*> intern(Interpreter& vm, std::string_view utf8) {
    auto& table = vm.interned;
    int64_t h = static_cast<int64_t>(fnv1a(utf8));
    if (h == -1) h = -2;
    if ((vm.ninterned + 1) * 3 > table.size() * 2) {
        size_t n = table.empty() ? 512 : table.size() * 2;
        std::vector<Str*> bigger(n, nullptr);
        for (Str* s : table) {
            if (!s) continue;
            size_t i = static_cast<uint64_t>(str_hash(s)) & (n - 1);
            while (bigger[i]) i = (i + 1) & (n - 1);
            bigger[i] = s;
        }
        table.swap(bigger);
    }
    size_t mask = table.size() - 1;
    size_t i = static_cast<uint64_t>(h) & mask;
    while (Str* s = table[i]) {
        if (str_hash(s) == h && s->view() == utf8) return s;
        i = (i + 1) & mask;
    }
    Str* s = TRY(new_str(vm, utf8));
    if (s->interned) return s;  // cannot happen (it would have been found), but keep the set consistent
    s->hash = h;
    s->interned = true;
    table[i] = s;
    vm.ninterned++;
    return s;
}

R<Str*> str_concat(Interpreter& vm, Str* a, Str* b) {
    if (a->size == 0 && a->type == vm.t_str && b->type == vm.t_str) return b;
    if (b->size == 0 && b->type == vm.t_str && a->type == vm.t_str) return a;
    Str* s = TRY(alloc_str(vm, vm.t_str, static_cast<size_t>(a->size) + b->size));
    std::memcpy(s->data, a->data, a->size);
    std::memcpy(s->data + a->size, b->data, b->size);
    s->length = a->length + b->length;
    s->ascii = a->ascii && b->ascii;
    return s;
}

size_t str_offset(Str* s, int64_t i) {
    if (s->ascii) return static_cast<size_t>(i);
    if (i >= static_cast<int64_t>(s->length)) return s->size;
    auto p = reinterpret_cast<const unsigned char*>(s->data);
    size_t off = 0;
    // Walk from whichever end is nearer.
    if (i <= static_cast<int64_t>(s->length) / 2) {
        for (int64_t n = 0; n < i; n++) {
            off++;
            while ((p[off] & 0xC0) == 0x80) off++;
        }
        return off;
    }
    off = s->size;
    for (int64_t n = s->length; n > i; n--) {
        off--;
        while ((p[off] & 0xC0) == 0x80) off--;
    }
    return off;
}

R<Str*> str_from_codepoint(Interpreter& vm, uint32_t cp) {
    if (cp < 0x80 && vm.char_strs[cp]) return vm.char_strs[cp];
    char tmp[4];
    return new_str(vm, std::string_view(tmp, static_cast<size_t>(utf8_encode(cp, tmp))));
}

R<Str*> str_char_at(Interpreter& vm, Str* s, int64_t i) {
    size_t off = str_offset(s, i);
    size_t adv;
    uint32_t cp = utf8_decode(s->data + off, &adv);
    if (cp < 0x80 && vm.char_strs[cp]) return vm.char_strs[cp];
    return new_str(vm, std::string_view(s->data + off, adv));
}

namespace {

// Code point index of a byte offset.
int64_t cp_index(Str* s, size_t byte_off) {
    if (s->ascii) return static_cast<int64_t>(byte_off);
    int64_t n = 0;
    for (size_t i = 0; i < byte_off; i++)
        if ((static_cast<unsigned char>(s->data[i]) & 0xC0) != 0x80) n++;
    return n;
}

// All code points of a string, decoded (for the methods that need random access or per-character logic).
std::u32string decode_all(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        size_t adv;
        out.push_back(utf8_decode(s.data() + i, &adv));
        i += adv;
    }
    return out;
}

void append_cp(std::string& out, uint32_t cp) {
    char tmp[4];
    out.append(tmp, static_cast<size_t>(utf8_encode(cp, tmp)));
}

bool has_index(Interpreter& vm, Value v) {
    return is_int_value(v) || !type_lookup(type_of(vm, v), vm.n___index__).is_null();
}

}  // namespace

R<Value> str_getitem(Interpreter& vm, Str* s, Value key) {
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step;
        int64_t n = TRY(slice_indices(vm, static_cast<Slice*>(key.as_obj()), s->length, &start, &stop, &step));
        if (n <= 0) return val(vm.empty_str);
        if (step == 1) {
            if (n == static_cast<int64_t>(s->length) && s->type == vm.t_str) return val(s);
            size_t a = str_offset(s, start);
            size_t b = s->ascii ? static_cast<size_t>(stop) : a;
            if (!s->ascii) {
                auto p = reinterpret_cast<const unsigned char*>(s->data);
                for (int64_t k = 0; k < n; k++) {
                    b++;
                    while (b < s->size && (p[b] & 0xC0) == 0x80) b++;
                }
            }
            return val(TRY(new_str(vm, std::string_view(s->data + a, b - a))));
        }
        std::string out;
        if (s->ascii) {
            out.reserve(static_cast<size_t>(n));
            for (int64_t k = 0, i = start; k < n; k++, i += step) out.push_back(s->data[i]);
        } else {
            std::vector<uint32_t> offs;
            offs.reserve(s->length + 1);
            auto p = reinterpret_cast<const unsigned char*>(s->data);
            for (uint32_t i = 0; i < s->size; i++)
                if ((p[i] & 0xC0) != 0x80) offs.push_back(i);
            offs.push_back(s->size);
            for (int64_t k = 0, i = start; k < n; k++, i += step)
                out.append(s->data + offs[static_cast<size_t>(i)], offs[static_cast<size_t>(i) + 1] - offs[static_cast<size_t>(i)]);
        }
        return val(TRY(new_str(vm, out)));
    }
    if (!has_index(vm, key))
        return raise(vm, vm.e_TypeError, "string indices must be integers, not '%s'", type_name(vm, key));
    int64_t i = TRY(seq_index(vm, key, s->length, "string"));
    return val(TRY(str_char_at(vm, s, i)));
}

// ---- repr -------------------------------------------------------------------------------------------------------

namespace {

const char kHex[] = "0123456789abcdef";

void append_escaped_cp(std::string& out, uint32_t c) {
    if (c <= 0xFF) {
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    } else if (c <= 0xFFFF) {
        out += "\\u";
        for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
    } else {
        out += "\\U";
        for (int sh = 28; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
    }
}

// repr() text of a str.
std::string repr_text(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    for (size_t i = 0; i < s.size();) {
        size_t adv;
        uint32_t c = utf8_decode(s.data() + i, &adv);
        if (c == static_cast<uint32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F) {
            append_escaped_cp(out, c);
        } else if (c < 0x7F) {
            out += static_cast<char>(c);
        } else if (unicode::is_printable(c)) {
            out.append(s.data() + i, adv);
        } else {
            append_escaped_cp(out, c);
        }
        i += adv;
    }
    out += quote;
    return out;
}

}  // namespace

R<Str*> str_repr(Interpreter& vm, Str* s) { return new_str(vm, repr_text(s->view())); }

R<Str*> str_ascii(Interpreter& vm, Value v) {
    Str* r = TRY(repr(vm, v));
    if (r->ascii) return r;
    std::string out;
    for (size_t i = 0; i < r->size;) {
        size_t adv;
        uint32_t c = utf8_decode(r->data + i, &adv);
        if (c < 0x80)
            out += static_cast<char>(c);
        else
            append_escaped_cp(out, c);
        i += adv;
    }
    return new_str(vm, out);
}

// ---- argument helpers -------------------------------------------------------------------------------------------

namespace {

// The arguments after self.
Args rest_args(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

enum class ArgStyle {
    Clinic,  // "strip expected at most 1 argument, got 2"
    Old,     // "find() takes at least 1 argument (0 given)"
    None,    // "str.upper() takes no arguments (1 given)"
    One,     // "str.join() takes exactly one argument (0 given)"
};

// Checks the positional count of a method without keyword parameters (args: after self).
Status check_positional(Interpreter& vm, Args a, const char* tname, const char* name, uint32_t min, uint32_t max,
                        ArgStyle style) {
    if (a.nkw()) return raise(vm, vm.e_TypeError, "%s.%s() takes no keyword arguments", tname, name);
    if (a.n >= min && a.n <= max) return Status::ok();
    switch (style) {
        case ArgStyle::None:
            return raise(vm, vm.e_TypeError, "%s.%s() takes no arguments (%u given)", tname, name, a.n);
        case ArgStyle::One:
            return raise(vm, vm.e_TypeError, "%s.%s() takes exactly one argument (%u given)", tname, name, a.n);
        case ArgStyle::Old:
            if (a.n < min)
                return raise(vm, vm.e_TypeError, "%s() takes at least %u argument%s (%u given)", name, min,
                             min == 1 ? "" : "s", a.n);
            return raise(vm, vm.e_TypeError, "%s() takes at most %u argument%s (%u given)", name, max,
                         max == 1 ? "" : "s", a.n);
        case ArgStyle::Clinic:
            if (a.n < min)
                return raise(vm, vm.e_TypeError, "%s expected at least %u argument%s, got %u", name, min,
                             min == 1 ? "" : "s", a.n);
            return raise(vm, vm.e_TypeError, "%s expected at most %u argument%s, got %u", name, max,
                         max == 1 ? "" : "s", a.n);
    }
    return Status::ok();
}

// A start/end argument of find/count/startswith...: None or an index, adjusted like a slice bound.
Status slice_bound(Interpreter& vm, Value v, int64_t len, int64_t* out) {
    if (v.is_null() || v.is_none()) return Status::ok();
    if (!has_index(vm, v))
        return raise(vm, vm.e_TypeError, "slice indices must be integers or None or have an __index__ method");
    int64_t i;
    Value iv = v;
    if (is_int_value(iv) && !int_fits_i64(int_plain(iv), &i)) {
        i = int_is_negative(int_plain(iv)) ? INT64_MIN / 2 : INT64_MAX / 2;
    } else {
        i = TRY(index_value(vm, v));
    }
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    } else if (i > len) {
        i = len;
    }
    *out = i;
    return Status::ok();
}

// start/end of a search, in code points, clamped. Start may exceed end (then nothing matches).
Status search_range(Interpreter& vm, Args a, uint32_t first, int64_t len, int64_t* start, int64_t* end) {
    *start = 0;
    *end = len;
    if (a.n > first) {
        Value v = a.v[first];
        if (!v.is_none()) {
            if (!has_index(vm, v))
                return raise(vm, vm.e_TypeError, "slice indices must be integers or None or have an __index__ method");
            int64_t i;
            if (is_int_value(v) && !int_fits_i64(int_plain(v), &i))
                i = int_is_negative(int_plain(v)) ? INT64_MIN / 2 : INT64_MAX / 2;
            else
                i = TRY(index_value(vm, v));
            if (i < 0) {
                i += len;
                if (i < 0) i = 0;
            }
            *start = i;
        }
    }
    if (a.n > first + 1) TRY(slice_bound(vm, a.v[first + 1], len, end));
    return Status::ok();
}

R<Value> str_result(Interpreter& vm, std::string_view text) { return val(TRY(new_str(vm, text))); }

R<Str*> str_arg(Interpreter& vm, Value v, const char* fmt_must_be) {
    if (!is_kind(v, Kind::Str)) return raise(vm, vm.e_TypeError, fmt_must_be, type_name(vm, v));
    return as_str(v);
}

// Byte range of code point range [start, end) (both within [0, length]).
void byte_range(Str* s, int64_t start, int64_t end, size_t* bstart, size_t* bend) {
    if (s->ascii) {
        *bstart = static_cast<size_t>(start);
        *bend = static_cast<size_t>(end);
        return;
    }
    *bstart = str_offset(s, start);
    size_t b = *bstart;
    auto p = reinterpret_cast<const unsigned char*>(s->data);
    for (int64_t k = start; k < end; k++) {
        b++;
        while (b < s->size && (p[b] & 0xC0) == 0x80) b++;
    }
    *bend = b;
}

uint32_t decode_at(std::string_view s, size_t i, size_t* adv) { return utf8_decode(s.data() + i, adv); }

// The code point ending just before byte offset `end`; *start receives its first byte.
uint32_t decode_before(std::string_view s, size_t end, size_t* start) {
    size_t i = end - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) i--;
    *start = i;
    size_t adv;
    return utf8_decode(s.data() + i, &adv);
}

}  // namespace

// ---- str methods: basics ----------------------------------------------------------------------------------------

namespace {

R<Value> str_len_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__len__"));
    TRY(check_positional(vm, rest_args(args), "str", "__len__", 0, 0, ArgStyle::None));
    return Value::small_int(as_str(self)->length);
}

R<Value> str_getitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__getitem__"));
    TRY(check_positional(vm, rest_args(args), "str", "__getitem__", 1, 1, ArgStyle::One));
    return str_getitem(vm, as_str(self), args.v[1]);
}

R<Value> str_contains_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__contains__"));
    TRY(check_positional(vm, rest_args(args), "str", "__contains__", 1, 1, ArgStyle::One));
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "'in <string>' requires string as left operand, not %s", type_name(vm, args.v[1]));
    return Value::boolean(as_str(self)->view().find(as_str(args.v[1])->view()) != std::string_view::npos);
}

R<Value> str_iter_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__iter__"));
    TRY(check_positional(vm, rest_args(args), "str", "__iter__", 0, 0, ArgStyle::None));
    return val(TRY(new_iter(vm, vm.t_str_iterator, self)));
}

R<Value> str_compare_m(Interpreter& vm, Args args, CmpOp op, const char* name) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    TRY(check_positional(vm, rest_args(args), "str", name, 1, 1, ArgStyle::One));
    if (!is_kind(args.v[1], Kind::Str)) return vm.not_implemented;
    Str* a = as_str(self);
    Str* b = as_str(args.v[1]);
    if (op == CmpOp::Eq) return Value::boolean(str_equal(a, b));
    if (op == CmpOp::Ne) return Value::boolean(!str_equal(a, b));
    int c = a->view().compare(b->view());  // UTF-8 byte order is code point order
    switch (op) {
        case CmpOp::Lt: return Value::boolean(c < 0);
        case CmpOp::Le: return Value::boolean(c <= 0);
        case CmpOp::Gt: return Value::boolean(c > 0);
        default: return Value::boolean(c >= 0);
    }
}
R<Value> str_eq_m(Interpreter& vm, Args args) { return str_compare_m(vm, args, CmpOp::Eq, "__eq__"); }
R<Value> str_ne_m(Interpreter& vm, Args args) { return str_compare_m(vm, args, CmpOp::Ne, "__ne__"); }
R<Value> str_lt_m(Interpreter& vm, Args args) { return str_compare_m(vm, args, CmpOp::Lt, "__lt__"); }
R<Value> str_le_m(Interpreter& vm, Args args) { return str_compare_m(vm, args, CmpOp::Le, "__le__"); }
R<Value> str_gt_m(Interpreter& vm, Args args) { return str_compare_m(vm, args, CmpOp::Gt, "__gt__"); }
R<Value> str_ge_m(Interpreter& vm, Args args) { return str_compare_m(vm, args, CmpOp::Ge, "__ge__"); }

R<Value> str_hash_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__hash__"));
    TRY(check_positional(vm, rest_args(args), "str", "__hash__", 0, 0, ArgStyle::None));
    return make_int(vm, str_hash(as_str(self)));
}

R<Value> str_repr_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__repr__"));
    TRY(check_positional(vm, rest_args(args), "str", "__repr__", 0, 0, ArgStyle::None));
    return val(TRY(str_repr(vm, as_str(self))));
}

R<Value> str_str_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__str__"));
    TRY(check_positional(vm, rest_args(args), "str", "__str__", 0, 0, ArgStyle::None));
    return val(TRY(exact_str(vm, as_str(self))));
}

R<Value> str_add_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__add__"));
    TRY(check_positional(vm, rest_args(args), "str", "__add__", 1, 1, ArgStyle::One));
    // NotImplemented (not CPython's direct TypeError) so that the other operand's __radd__ still gets its turn;
    // the operator machinery then raises "can only concatenate str (not ...) to str".
    if (!is_kind(args.v[1], Kind::Str)) return vm.not_implemented;
    return val(TRY(str_concat(vm, as_str(self), as_str(args.v[1]))));
}

R<Str*> str_repeat(Interpreter& vm, Str* s, int64_t n) {
    if (n <= 0 || s->size == 0) return vm.empty_str;
    if (n == 1) return exact_str(vm, s);
    if (n > static_cast<int64_t>(kMaxStrSize / s->size)) {
        if (n > INT64_MAX / s->size) return raise(vm, vm.e_OverflowError, "repeated string is too long");
        return raise_memory_error(vm);
    }
    size_t total = static_cast<size_t>(n) * s->size;
    Str* r = TRY(alloc_str(vm, vm.t_str, total));
    if (s->size == 1) {
        std::memset(r->data, s->data[0], total);
    } else {
        std::memcpy(r->data, s->data, s->size);
        size_t done = s->size;
        while (done < total) {  // doubling copy
            size_t chunk = done < total - done ? done : total - done;
            std::memcpy(r->data + done, r->data, chunk);
            done += chunk;
        }
    }
    r->length = static_cast<uint32_t>(static_cast<uint64_t>(s->length) * static_cast<uint64_t>(n));
    r->ascii = s->ascii;
    return r;
}

R<Value> str_mul_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__mul__"));
    TRY(check_positional(vm, rest_args(args), "str", "__mul__", 1, 1, ArgStyle::One));
    if (!has_index(vm, args.v[1])) return vm.not_implemented;
    int64_t n = TRY(index_value(vm, args.v[1]));
    return val(TRY(str_repeat(vm, as_str(self), n)));
}

R<Value> str_mod_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__mod__"));
    TRY(check_positional(vm, rest_args(args), "str", "__mod__", 1, 1, ArgStyle::One));
    return str_mod(vm, as_str(self), args.v[1]);
}

R<Value> str_rmod_m(Interpreter& vm, Args args) {
    TRY(self_of(vm, args, vm.t_str, "__rmod__"));
    TRY(check_positional(vm, rest_args(args), "str", "__rmod__", 1, 1, ArgStyle::One));
    return vm.not_implemented;
}

R<Value> str_format_spec_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__format__"));
    TRY(check_positional(vm, rest_args(args), "str", "__format__", 1, 1, ArgStyle::One));
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "__format__() argument must be str, not %s", type_name(vm, args.v[1]));
    Str* s = as_str(self);
    Str* spec_str = as_str(args.v[1]);
    if (spec_str->size == 0) return val(TRY(exact_str(vm, s)));
    FormatSpec spec;
    std::string err;
    if (!parse_format_spec(spec_str->view(), &spec, &err, "str")) return raise(vm, vm.e_ValueError, "%s", err.c_str());
    if (spec.type != 0 && spec.type != 's')
        return raise(vm, vm.e_ValueError, "%s", unknown_format_code_message(spec.type, "str").c_str());
    if (spec.grouping) return raise(vm, vm.e_ValueError, "Cannot specify '%c' with 's'.", spec.grouping);
    if (spec.sign == ' ') return raise(vm, vm.e_ValueError, "Space not allowed in string format specifier");
    if (spec.sign) return raise(vm, vm.e_ValueError, "Sign not allowed in string format specifier");
    if (spec.z) return raise(vm, vm.e_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alt) return raise(vm, vm.e_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') return raise(vm, vm.e_ValueError, "'=' alignment not allowed in string format specifier");
    std::string_view body = s->view();
    if (spec.precision >= 0 && spec.precision < static_cast<int64_t>(s->length))
        body = body.substr(0, str_offset(s, spec.precision));
    if (spec.width <= 0 && body.size() == s->size) return val(TRY(exact_str(vm, s)));
    return str_result(vm, apply_padding(body, spec, '<'));
}

R<Value> str_getnewargs_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__getnewargs__"));
    TRY(check_positional(vm, rest_args(args), "str", "__getnewargs__", 0, 0, ArgStyle::None));
    Str* copy = TRY(new_str(vm, as_str(self)->view()));
    return val(TRY(tuple_of(vm, {val(copy)})));
}

R<Value> str_sizeof_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "__sizeof__"));
    return make_int(vm, static_cast<int64_t>(sizeof(Str) + as_str(self)->size + 1));
}

}  // namespace

// ---- str methods: searching -------------------------------------------------------------------------------------

namespace {

enum class FindKind { Find, RFind, Index, RIndex, Count };

R<Value> str_find_common(Interpreter& vm, Args args, const char* name, FindKind kind) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    Args a = rest_args(args);
    TRY(check_positional(vm, a, "str", name, 1, 3, ArgStyle::Old));
    Str* s = as_str(self);
    Str* sub = TRY(str_arg(vm, a.v[0], "must be str, not %s"));
    int64_t start, end;
    TRY(search_range(vm, a, 1, s->length, &start, &end));
    if (kind == FindKind::Count) {
        if (end - start < static_cast<int64_t>(sub->length)) return Value::small_int(0);
        if (sub->size == 0) return Value::small_int(end - start + 1);
        size_t bs, be;
        byte_range(s, start, end, &bs, &be);
        std::string_view hay = s->view().substr(bs, be - bs);
        int64_t n = 0;
        for (size_t pos = hay.find(sub->view()); pos != std::string_view::npos; pos = hay.find(sub->view(), pos + sub->size))
            n++;
        return Value::small_int(n);
    }
    int64_t result = -1;
    if (end - start >= static_cast<int64_t>(sub->length)) {
        size_t bs, be;
        byte_range(s, start, end, &bs, &be);
        std::string_view hay = s->view().substr(bs, be - bs);
        bool reverse = kind == FindKind::RFind || kind == FindKind::RIndex;
        size_t pos = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
        if (pos != std::string_view::npos) result = cp_index(s, bs + pos);
    }
    if (result < 0 && (kind == FindKind::Index || kind == FindKind::RIndex))
        return raise(vm, vm.e_ValueError, "substring not found");
    return Value::small_int(result);
}

R<Value> str_find_m(Interpreter& vm, Args args) { return str_find_common(vm, args, "find", FindKind::Find); }
R<Value> str_rfind_m(Interpreter& vm, Args args) { return str_find_common(vm, args, "rfind", FindKind::RFind); }
R<Value> str_index_m(Interpreter& vm, Args args) { return str_find_common(vm, args, "index", FindKind::Index); }
R<Value> str_rindex_m(Interpreter& vm, Args args) { return str_find_common(vm, args, "rindex", FindKind::RIndex); }
R<Value> str_count_m(Interpreter& vm, Args args) { return str_find_common(vm, args, "count", FindKind::Count); }

R<Value> str_tailmatch(Interpreter& vm, Args args, const char* name, bool at_end) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    Args a = rest_args(args);
    TRY(check_positional(vm, a, "str", name, 1, 3, ArgStyle::Old));
    Str* s = as_str(self);
    int64_t start, end;
    TRY(search_range(vm, a, 1, s->length, &start, &end));
    auto match = [&](Str* sub) {
        if (end - start < static_cast<int64_t>(sub->length)) return false;
        size_t bs, be;
        byte_range(s, start, end, &bs, &be);
        std::string_view hay = s->view().substr(bs, be - bs);
        if (hay.size() < sub->size) return false;
        return at_end ? hay.substr(hay.size() - sub->size) == sub->view() : hay.substr(0, sub->size) == sub->view();
    };
    Value prefix = a.v[0];
    if (is_kind(prefix, Kind::Tuple)) {
        Tuple* t = as_tuple(prefix);
        for (uint32_t i = 0; i < t->size; i++) {
            if (!is_kind(t->items[i], Kind::Str))
                return raise(vm, vm.e_TypeError, "tuple for %s must only contain str, not %s", name,
                             type_name(vm, t->items[i]));
            if (match(as_str(t->items[i]))) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (!is_kind(prefix, Kind::Str))
        return raise(vm, vm.e_TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name(vm, prefix));
    return Value::boolean(match(as_str(prefix)));
}

R<Value> str_startswith_m(Interpreter& vm, Args args) { return str_tailmatch(vm, args, "startswith", false); }
R<Value> str_endswith_m(Interpreter& vm, Args args) { return str_tailmatch(vm, args, "endswith", true); }

R<Value> str_partition_common(Interpreter& vm, Args args, const char* name, bool reverse) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    TRY(check_positional(vm, rest_args(args), "str", name, 1, 1, ArgStyle::One));
    Str* s = as_str(self);
    Str* sep = TRY(str_arg(vm, args.v[1], "must be str, not %s"));
    if (sep->size == 0) return raise(vm, vm.e_ValueError, "empty separator");
    size_t pos = reverse ? s->view().rfind(sep->view()) : s->view().find(sep->view());
    if (pos == std::string_view::npos) {
        Str* whole = TRY(exact_str(vm, s));
        if (reverse) return val(TRY(tuple_of(vm, {val(vm.empty_str), val(vm.empty_str), val(whole)})));
        return val(TRY(tuple_of(vm, {val(whole), val(vm.empty_str), val(vm.empty_str)})));
    }
    Str* left = TRY(new_str(vm, s->view().substr(0, pos)));
    Str* mid = TRY(exact_str(vm, sep));
    Str* right = TRY(new_str(vm, s->view().substr(pos + sep->size)));
    return val(TRY(tuple_of(vm, {val(left), val(mid), val(right)})));
}
R<Value> str_partition_m(Interpreter& vm, Args args) { return str_partition_common(vm, args, "partition", false); }
R<Value> str_rpartition_m(Interpreter& vm, Args args) { return str_partition_common(vm, args, "rpartition", true); }

// ---- str methods: split, join, strip, replace ---------------------------------------------------------------------

bool space_at(std::string_view s, size_t i, size_t* adv) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        *adv = 1;
        return unicode::is_space(c);
    }
    return unicode::is_space(decode_at(s, i, adv));
}

Status add_piece(Interpreter& vm, List* out, std::string_view piece) {
    Str* p = TRY(new_str(vm, piece));
    return list_append(vm, out, val(p));
}

R<Value> str_split_common(Interpreter& vm, Args args, const char* name, bool reverse) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    Value opt[2];
    TRY(parse_args(vm, rest_args(args), name, {"sep", "maxsplit"}, 0, 0, opt));
    Str* s = as_str(self);
    int64_t maxsplit = -1;
    if (!opt[1].is_null()) maxsplit = TRY(index_value(vm, opt[1]));
    if (maxsplit < 0) maxsplit = INT64_MAX;
    List* out = TRY(new_list(vm));
    std::string_view text = s->view();
    if (opt[0].is_null() || opt[0].is_none()) {
        if (!reverse) {
            size_t i = 0, n = text.size(), adv;
            while (maxsplit-- > 0) {
                while (i < n && space_at(text, i, &adv)) i += adv;
                if (i == n) break;
                size_t j = i;
                while (i < n && !space_at(text, i, &adv)) i += adv;
                TRY(add_piece(vm, out, text.substr(j, i - j)));
            }
            if (i < n) {
                while (i < n && space_at(text, i, &adv)) i += adv;
                if (i != n) TRY(add_piece(vm, out, text.substr(i)));
            }
        } else {
            // Work with "end" offsets moving left.
            size_t i = text.size(), st;
            auto space_before = [&](size_t e, size_t* start) { return unicode::is_space(decode_before(text, e, start)); };
            while (maxsplit-- > 0) {
                while (i > 0 && space_before(i, &st)) i = st;
                if (i == 0) break;
                size_t j = i;
                while (i > 0 && !space_before(i, &st)) i = st;
                TRY(add_piece(vm, out, text.substr(i, j - i)));
            }
            if (i > 0) {
                while (i > 0 && space_before(i, &st)) i = st;
                if (i > 0) TRY(add_piece(vm, out, text.substr(0, i)));
            }
        }
    } else {
        Str* sep = TRY(str_arg(vm, opt[0], "must be str or None, not %s"));
        if (sep->size == 0) return raise(vm, vm.e_ValueError, "empty separator");
        std::string_view sv = sep->view();
        if (!reverse) {
            size_t i = 0;
            while (maxsplit-- > 0) {
                size_t pos = text.find(sv, i);
                if (pos == std::string_view::npos) break;
                TRY(add_piece(vm, out, text.substr(i, pos - i)));
                i = pos + sv.size();
            }
            if (i == 0 && s->type == vm.t_str)
                TRY(list_append(vm, out, self));
            else
                TRY(add_piece(vm, out, text.substr(i)));
        } else {
            size_t j = text.size();
            while (maxsplit-- > 0 && j >= sv.size()) {
                size_t pos = text.substr(0, j).rfind(sv);
                if (pos == std::string_view::npos) break;
                TRY(add_piece(vm, out, text.substr(pos + sv.size(), j - pos - sv.size())));
                j = pos;
            }
            TRY(add_piece(vm, out, text.substr(0, j)));
        }
    }
    if (reverse) {
        for (uint32_t a = 0, b = out->size ? out->size - 1 : 0; a < b; a++, b--) {
            Value t = out->items[a];
            out->items[a] = out->items[b];
            out->items[b] = t;
        }
    }
    return val(out);
}
R<Value> str_split_m(Interpreter& vm, Args args) { return str_split_common(vm, args, "split", false); }
R<Value> str_rsplit_m(Interpreter& vm, Args args) { return str_split_common(vm, args, "rsplit", true); }

R<Value> str_splitlines_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "splitlines"));
    Value opt[1];
    TRY(parse_args(vm, rest_args(args), "splitlines", {"keepends"}, 0, 0, opt));
    if (!opt[0].is_null() && is_kind(opt[0], Kind::Float))
        return raise(vm, vm.e_TypeError, "'float' object cannot be interpreted as an integer");
    bool keepends = opt[0].is_null() ? false : TRY(truthy(vm, opt[0]));
    std::string_view text = as_str(self)->view();
    List* out = TRY(new_list(vm));
    size_t i = 0, n = text.size();
    while (i < n) {
        size_t j = i, adv = 1;
        uint32_t c = 0;
        while (j < n) {
            c = decode_at(text, j, &adv);
            if (unicode::is_linebreak(c)) break;
            j += adv;
        }
        size_t eol = j;
        if (j < n) {
            eol = j + adv;
            if (c == '\r' && eol < n && text[eol] == '\n') eol++;
        }
        TRY(add_piece(vm, out, text.substr(i, (keepends ? eol : j) - i)));
        i = eol;
    }
    return val(out);
}

R<Value> str_join_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "join"));
    TRY(check_positional(vm, rest_args(args), "str", "join", 1, 1, ArgStyle::One));
    Str* sep = as_str(self);
    Value iterable = args.v[1];
    const Value* items;
    uint32_t n;
    List* holder = nullptr;
    if (is_kind(iterable, Kind::List)) {
        holder = as_list(iterable);
        items = holder->items;
        n = holder->size;
    } else if (is_kind(iterable, Kind::Tuple)) {
        items = as_tuple(iterable)->items;
        n = as_tuple(iterable)->size;
    } else {
        R<Value> it = get_iter(vm, iterable);
        if (it.failed()) {
            if (exception_matches(vm, vm.exc, vm.e_TypeError)) {
                take_exception(vm);
                return raise(vm, vm.e_TypeError, "can only join an iterable");
            }
            return Raised{};
        }
        holder = TRY(list_from_iterable(vm, it.take()));
        items = holder->items;
        n = holder->size;
    }
    if (n == 1 && type_of(vm, items[0]) == vm.t_str) return items[0];
    size_t total = 0;
    bool ascii = sep->ascii;
    uint64_t length = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!is_kind(items[i], Kind::Str))
            return raise(vm, vm.e_TypeError, "sequence item %u: expected str instance, %s found", i, type_name(vm, items[i]));
        Str* p = as_str(items[i]);
        total += p->size;
        length += p->length;
        ascii = ascii && p->ascii;
    }
    if (n > 1) {
        total += static_cast<size_t>(n - 1) * sep->size;
        length += static_cast<uint64_t>(n - 1) * sep->length;
    }
    if (total == 0) return val(vm.empty_str);
    Str* r = TRY(alloc_str(vm, vm.t_str, total));
    char* d = r->data;
    for (uint32_t i = 0; i < n; i++) {
        if (i) {
            std::memcpy(d, sep->data, sep->size);
            d += sep->size;
        }
        Str* p = as_str(items[i]);
        std::memcpy(d, p->data, p->size);
        d += p->size;
    }
    r->length = static_cast<uint32_t>(length);
    r->ascii = ascii;
    return val(r);
}

enum StripWhich { kLeft = 1, kRight = 2, kBoth = 3 };

R<Value> str_strip_common(Interpreter& vm, Args args, const char* name, int which) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    TRY(check_positional(vm, rest_args(args), "str", name, 0, 1, ArgStyle::Clinic));
    Str* s = as_str(self);
    std::string_view text = s->view();
    std::u32string chars;
    bool whitespace = true;
    if (args.n > 1 && !args.v[1].is_none()) {
        if (!is_kind(args.v[1], Kind::Str)) return raise(vm, vm.e_TypeError, "%s arg must be None or str", name);
        chars = decode_all(as_str(args.v[1])->view());
        whitespace = false;
    }
    auto strip_cp = [&](uint32_t c) {
        return whitespace ? unicode::is_space(c) : chars.find(static_cast<char32_t>(c)) != std::u32string::npos;
    };
    size_t i = 0, j = text.size();
    if (which & kLeft) {
        while (i < j) {
            size_t adv;
            if (!strip_cp(decode_at(text, i, &adv))) break;
            i += adv;
        }
    }
    if (which & kRight) {
        while (j > i) {
            size_t st;
            if (!strip_cp(decode_before(text, j, &st))) break;
            j = st;
        }
    }
    if (i == 0 && j == text.size()) return val(TRY(exact_str(vm, s)));
    return str_result(vm, text.substr(i, j - i));
}
R<Value> str_strip_m(Interpreter& vm, Args args) { return str_strip_common(vm, args, "strip", kBoth); }
R<Value> str_lstrip_m(Interpreter& vm, Args args) { return str_strip_common(vm, args, "lstrip", kLeft); }
R<Value> str_rstrip_m(Interpreter& vm, Args args) { return str_strip_common(vm, args, "rstrip", kRight); }

R<Value> str_replace_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "replace"));
    Args a = rest_args(args);
    TRY(check_positional(vm, a, "str", "replace", 2, 3, ArgStyle::Clinic));
    Str* s = as_str(self);
    Str* old_s = TRY(str_arg(vm, a.v[0], "replace() argument 1 must be str, not %s"));
    Str* new_s = TRY(str_arg(vm, a.v[1], "replace() argument 2 must be str, not %s"));
    int64_t count = -1;
    if (a.n > 2) count = TRY(index_value(vm, a.v[2]));
    if (count < 0) count = INT64_MAX;
    std::string_view text = s->view(), from = old_s->view(), to = new_s->view();
    std::string out;
    if (from.empty()) {
        // Insert `to` before every code point and at the end, up to count times.
        size_t i = 0;
        while (count > 0 && i <= text.size()) {
            out.append(to);
            count--;
            if (i == text.size()) {
                i++;
                break;
            }
            size_t adv;
            decode_at(text, i, &adv);
            out.append(text.substr(i, adv));
            i += adv;
        }
        if (i < text.size()) out.append(text.substr(i));
    } else {
        size_t i = 0;
        bool changed = false;
        while (count > 0) {
            size_t pos = text.find(from, i);
            if (pos == std::string_view::npos) break;
            out.append(text.substr(i, pos - i));
            out.append(to);
            i = pos + from.size();
            count--;
            changed = true;
        }
        if (!changed) return val(TRY(exact_str(vm, s)));
        out.append(text.substr(i));
    }
    return str_result(vm, out);
}

R<Value> str_affix_common(Interpreter& vm, Args args, const char* name, bool suffix) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    TRY(check_positional(vm, rest_args(args), "str", name, 1, 1, ArgStyle::One));
    Str* s = as_str(self);
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "%s() argument must be str, not %s", name, type_name(vm, args.v[1]));
    std::string_view text = s->view(), affix = as_str(args.v[1])->view();
    if (!affix.empty() && text.size() >= affix.size()) {
        if (!suffix && text.substr(0, affix.size()) == affix) return str_result(vm, text.substr(affix.size()));
        if (suffix && text.substr(text.size() - affix.size()) == affix)
            return str_result(vm, text.substr(0, text.size() - affix.size()));
    }
    return val(TRY(exact_str(vm, s)));
}
R<Value> str_removeprefix_m(Interpreter& vm, Args args) { return str_affix_common(vm, args, "removeprefix", false); }
R<Value> str_removesuffix_m(Interpreter& vm, Args args) { return str_affix_common(vm, args, "removesuffix", true); }

}  // namespace

// ---- str methods: case and predicates -----------------------------------------------------------------------------

namespace {

// Greek capital sigma lowercases to final sigma at the end of a word (Unicode's Final_Sigma context).
bool final_sigma(const std::u32string& s, size_t i) {
    size_t j = i;
    while (j > 0 && unicode::is_case_ignorable(s[j - 1])) j--;
    if (j == 0 || !unicode::is_cased(s[j - 1])) return false;
    j = i + 1;
    while (j < s.size() && unicode::is_case_ignorable(s[j])) j++;
    return j == s.size() || !unicode::is_cased(s[j]);
}

void append_lower(std::string& out, const std::u32string& s, size_t i) {
    if (s[i] == 0x3A3)
        append_cp(out, final_sigma(s, i) ? 0x3C2 : 0x3C3);
    else
        unicode::append_case(out, s[i], 'l');
}

enum class CaseOp { Upper, Lower, Casefold, Swap, Title, Capitalize };

R<Value> str_case_common(Interpreter& vm, Args args, const char* name, CaseOp op) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    TRY(check_positional(vm, rest_args(args), "str", name, 0, 0, ArgStyle::None));
    Str* s = as_str(self);
    std::string out;
    out.reserve(s->size);
    if (s->ascii) {
        bool prev_cased = false;
        for (uint32_t i = 0; i < s->size; i++) {
            char c = s->data[i];
            bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            bool to_upper = false, to_lower = false;
            switch (op) {
                case CaseOp::Upper: to_upper = true; break;
                case CaseOp::Lower: case CaseOp::Casefold: to_lower = true; break;
                case CaseOp::Swap: to_upper = low; to_lower = up; break;
                case CaseOp::Title: to_upper = !prev_cased; to_lower = prev_cased; break;
                case CaseOp::Capitalize: to_upper = i == 0; to_lower = i != 0; break;
            }
            if (to_upper && low) c = static_cast<char>(c - 32);
            else if (to_lower && up) c = static_cast<char>(c + 32);
            prev_cased = up || low;
            out += c;
        }
        return str_result(vm, out);
    }
    std::u32string cps = decode_all(s->view());
    bool prev_cased = false;
    for (size_t i = 0; i < cps.size(); i++) {
        uint32_t c = cps[i];
        switch (op) {
            case CaseOp::Upper: unicode::append_case(out, c, 'u'); break;
            case CaseOp::Lower: append_lower(out, cps, i); break;
            case CaseOp::Casefold: unicode::append_case(out, c, 'f'); break;
            case CaseOp::Swap:
                if (unicode::is_upper(c)) append_lower(out, cps, i);
                else if (unicode::is_lower(c)) unicode::append_case(out, c, 'u');
                else append_cp(out, c);
                break;
            case CaseOp::Title:
                if (prev_cased) append_lower(out, cps, i);
                else unicode::append_case(out, c, 't');
                prev_cased = unicode::is_cased(c);
                break;
            case CaseOp::Capitalize:
                if (i == 0) unicode::append_case(out, c, 't');
                else append_lower(out, cps, i);
                break;
        }
    }
    return str_result(vm, out);
}
R<Value> str_upper_m(Interpreter& vm, Args args) { return str_case_common(vm, args, "upper", CaseOp::Upper); }
R<Value> str_lower_m(Interpreter& vm, Args args) { return str_case_common(vm, args, "lower", CaseOp::Lower); }
R<Value> str_casefold_m(Interpreter& vm, Args args) { return str_case_common(vm, args, "casefold", CaseOp::Casefold); }
R<Value> str_swapcase_m(Interpreter& vm, Args args) { return str_case_common(vm, args, "swapcase", CaseOp::Swap); }
R<Value> str_title_m(Interpreter& vm, Args args) { return str_case_common(vm, args, "title", CaseOp::Title); }
R<Value> str_capitalize_m(Interpreter& vm, Args args) {
    return str_case_common(vm, args, "capitalize", CaseOp::Capitalize);
}

// isalpha() and friends: true when non-empty and every code point qualifies.
R<Value> str_all_of(Interpreter& vm, Args args, const char* name, bool (*pred)(uint32_t), bool empty_result = false) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    TRY(check_positional(vm, rest_args(args), "str", name, 0, 0, ArgStyle::None));
    std::string_view text = as_str(self)->view();
    if (text.empty()) return Value::boolean(empty_result);
    for (size_t i = 0; i < text.size();) {
        size_t adv;
        if (!pred(decode_at(text, i, &adv))) return Value::boolean(false);
        i += adv;
    }
    return Value::boolean(true);
}
R<Value> str_isalpha_m(Interpreter& vm, Args args) { return str_all_of(vm, args, "isalpha", unicode::is_alpha); }
R<Value> str_isalnum_m(Interpreter& vm, Args args) { return str_all_of(vm, args, "isalnum", unicode::is_alnum); }
R<Value> str_isdecimal_m(Interpreter& vm, Args args) { return str_all_of(vm, args, "isdecimal", unicode::is_decimal); }
R<Value> str_isdigit_m(Interpreter& vm, Args args) { return str_all_of(vm, args, "isdigit", unicode::is_digit); }
R<Value> str_isnumeric_m(Interpreter& vm, Args args) { return str_all_of(vm, args, "isnumeric", unicode::is_numeric); }
R<Value> str_isspace_m(Interpreter& vm, Args args) { return str_all_of(vm, args, "isspace", unicode::is_space); }
R<Value> str_isprintable_m(Interpreter& vm, Args args) {
    return str_all_of(vm, args, "isprintable", unicode::is_printable, true);
}

R<Value> str_isascii_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "isascii"));
    TRY(check_positional(vm, rest_args(args), "str", "isascii", 0, 0, ArgStyle::None));
    return Value::boolean(as_str(self)->ascii);
}

R<Value> str_isidentifier_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "isidentifier"));
    TRY(check_positional(vm, rest_args(args), "str", "isidentifier", 0, 0, ArgStyle::None));
    std::string_view text = as_str(self)->view();
    if (text.empty()) return Value::boolean(false);
    for (size_t i = 0; i < text.size();) {
        size_t adv;
        uint32_t c = decode_at(text, i, &adv);
        if (!(i == 0 ? unicode::is_id_start(c) : unicode::is_id_continue(c))) return Value::boolean(false);
        i += adv;
    }
    return Value::boolean(true);
}

enum class CasePred { Upper, Lower, Title };

R<Value> str_case_pred(Interpreter& vm, Args args, const char* name, CasePred which) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    TRY(check_positional(vm, rest_args(args), "str", name, 0, 0, ArgStyle::None));
    std::string_view text = as_str(self)->view();
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < text.size();) {
        size_t adv;
        uint32_t c = decode_at(text, i, &adv);
        i += adv;
        bool up = unicode::is_upper(c), low = unicode::is_lower(c), title = unicode::is_titlecase(c);
        switch (which) {
            case CasePred::Upper:
                if (low || title) return Value::boolean(false);
                if (up) cased = true;
                break;
            case CasePred::Lower:
                if (up || title) return Value::boolean(false);
                if (low) cased = true;
                break;
            case CasePred::Title:
                if (up || title) {
                    if (prev_cased) return Value::boolean(false);
                    prev_cased = cased = true;
                } else if (low) {
                    if (!prev_cased) return Value::boolean(false);
                    prev_cased = cased = true;
                } else {
                    prev_cased = false;
                }
                break;
        }
    }
    return Value::boolean(cased);
}
R<Value> str_isupper_m(Interpreter& vm, Args args) { return str_case_pred(vm, args, "isupper", CasePred::Upper); }
R<Value> str_islower_m(Interpreter& vm, Args args) { return str_case_pred(vm, args, "islower", CasePred::Lower); }
R<Value> str_istitle_m(Interpreter& vm, Args args) { return str_case_pred(vm, args, "istitle", CasePred::Title); }

// ---- str methods: padding, tabs, translation ---------------------------------------------------------------------

R<Value> str_pad_common(Interpreter& vm, Args args, const char* name, char how) {
    Value self = TRY(self_of(vm, args, vm.t_str, name));
    Args a = rest_args(args);
    TRY(check_positional(vm, a, "str", name, 1, 2, ArgStyle::Clinic));
    Str* s = as_str(self);
    int64_t width = TRY(index_value(vm, a.v[0]));
    std::string_view fill = " ";
    if (a.n > 1) {
        if (!is_kind(a.v[1], Kind::Str))
            return raise(vm, vm.e_TypeError, "The fill character must be a unicode character, not %s", type_name(vm, a.v[1]));
        if (as_str(a.v[1])->length != 1)
            return raise(vm, vm.e_TypeError, "The fill character must be exactly one character long");
        fill = as_str(a.v[1])->view();
    }
    if (width <= static_cast<int64_t>(s->length)) return val(TRY(exact_str(vm, s)));
    int64_t marg = width - s->length, left;
    if (how == 'c')
        left = marg / 2 + (marg & width & 1);
    else
        left = how == 'r' ? marg : 0;
    int64_t right = marg - left;
    if (static_cast<uint64_t>(marg) * fill.size() + s->size > kMaxStrSize) return raise_memory_error(vm);
    std::string out;
    out.reserve(static_cast<size_t>(marg) * fill.size() + s->size);
    for (int64_t k = 0; k < left; k++) out.append(fill);
    out.append(s->view());
    for (int64_t k = 0; k < right; k++) out.append(fill);
    return str_result(vm, out);
}
R<Value> str_center_m(Interpreter& vm, Args args) { return str_pad_common(vm, args, "center", 'c'); }
R<Value> str_ljust_m(Interpreter& vm, Args args) { return str_pad_common(vm, args, "ljust", 'l'); }
R<Value> str_rjust_m(Interpreter& vm, Args args) { return str_pad_common(vm, args, "rjust", 'r'); }

R<Value> str_zfill_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "zfill"));
    TRY(check_positional(vm, rest_args(args), "str", "zfill", 1, 1, ArgStyle::One));
    Str* s = as_str(self);
    int64_t width = TRY(index_value(vm, args.v[1]));
    if (width <= static_cast<int64_t>(s->length)) return val(TRY(exact_str(vm, s)));
    int64_t fill = width - s->length;
    if (static_cast<uint64_t>(fill) + s->size > kMaxStrSize) return raise_memory_error(vm);
    std::string out(static_cast<size_t>(fill), '0');
    out.append(s->view());
    if (s->size && (s->data[0] == '+' || s->data[0] == '-')) {
        out[0] = s->data[0];
        out[static_cast<size_t>(fill)] = '0';
    }
    return str_result(vm, out);
}

R<Value> str_expandtabs_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "expandtabs"));
    Value opt[1];
    TRY(parse_args(vm, rest_args(args), "expandtabs", {"tabsize"}, 0, 0, opt));
    int64_t tabsize = 8;
    if (!opt[0].is_null()) tabsize = TRY(index_value(vm, opt[0]));
    std::string_view text = as_str(self)->view();
    std::string out;
    int64_t col = 0;
    for (size_t i = 0; i < text.size();) {
        size_t adv;
        uint32_t c = decode_at(text, i, &adv);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                if (static_cast<uint64_t>(incr) + out.size() > kMaxStrSize)
                    return raise(vm, vm.e_OverflowError, "new string is too long");
                out.append(static_cast<size_t>(incr), ' ');
                col += incr;
            }
        } else {
            out.append(text.substr(i, adv));
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
        i += adv;
    }
    return str_result(vm, out);
}

R<Value> str_maketrans_m(Interpreter& vm, Args args) {
    // A static method: no self.
    TRY(check_positional(vm, args, "str", "maketrans", 1, 3, ArgStyle::Clinic));
    Dict* d = TRY(new_dict(vm));
    if (args.n == 1) {
        if (!is_kind(args.v[0], Kind::Dict))
            return raise(vm, vm.e_TypeError, "if you give only one argument to maketrans it must be a dict");
        Dict* src = as_dict(args.v[0]);
        uint32_t pos = 0;
        Value k, v;
        while (dict_next(src, &pos, &k, &v)) {
            if (is_kind(k, Kind::Str)) {
                Str* ks = as_str(k);
                if (ks->length != 1)
                    return raise(vm, vm.e_ValueError, "string keys in translate table must be of length 1");
                size_t adv;
                k = Value::small_int(utf8_decode(ks->data, &adv));
            } else if (!is_int_value(k)) {
                return raise(vm, vm.e_TypeError, "keys in translate table must be strings or integers");
            }
            TRY(dict_set(vm, d, k, v));
        }
        return val(d);
    }
    if (!is_kind(args.v[0], Kind::Str))
        return raise(vm, vm.e_TypeError, "maketrans() argument 1 must be str, not %s", type_name(vm, args.v[0]));
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "maketrans() argument 2 must be str, not %s", type_name(vm, args.v[1]));
    Str* x = as_str(args.v[0]);
    Str* y = as_str(args.v[1]);
    if (x->length != y->length)
        return raise(vm, vm.e_ValueError, "the first two maketrans arguments must have equal length");
    std::u32string xs = decode_all(x->view()), ys = decode_all(y->view());
    for (size_t i = 0; i < xs.size(); i++)
        TRY(dict_set(vm, d, Value::small_int(xs[i]), Value::small_int(ys[i])));
    if (args.n > 2) {
        if (!is_kind(args.v[2], Kind::Str))
            return raise(vm, vm.e_TypeError, "maketrans() argument 3 must be str, not %s", type_name(vm, args.v[2]));
        for (char32_t c : decode_all(as_str(args.v[2])->view()))
            TRY(dict_set(vm, d, Value::small_int(c), Value::none()));
    }
    return val(d);
}

R<Value> str_translate_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "translate"));
    TRY(check_positional(vm, rest_args(args), "str", "translate", 1, 1, ArgStyle::One));
    Str* s = as_str(self);
    Value table = args.v[1];
    std::string out;
    std::string_view text = s->view();
    for (size_t i = 0; i < text.size();) {
        size_t adv;
        uint32_t c = decode_at(text, i, &adv);
        R<Value> r = getitem(vm, table, Value::small_int(c));
        if (r.failed()) {
            if (!exception_matches(vm, vm.exc, vm.e_LookupError)) return Raised{};
            take_exception(vm);
            out.append(text.substr(i, adv));
        } else {
            Value m = r.take();
            if (m.is_none()) {
            } else if (is_int_value(m)) {
                int64_t cp;
                if (!int_fits_i64(int_plain(m), &cp) || cp < 0 || cp > 0x10FFFF)
                    return raise(vm, vm.e_ValueError, "character mapping must be in range(0x110000)");
                append_cp(out, static_cast<uint32_t>(cp));
            } else if (is_kind(m, Kind::Str)) {
                out.append(as_str(m)->view());
            } else {
                return raise(vm, vm.e_TypeError, "character mapping must return integer, None or str");
            }
        }
        i += adv;
    }
    return str_result(vm, out);
}

}  // namespace

// ---- codecs -----------------------------------------------------------------------------------------------------

namespace {

enum class Codec { Utf8, Ascii, Latin1, Unknown };

Codec find_codec(const char* name) {
    std::string n;
    for (const char* p = name; *p; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c == '-' || c == ' ') c = '_';
        n += c;
    }
    static constexpr const char* kUtf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4"};
    static constexpr const char* kAscii[] = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us"};
    static constexpr const char* kLatin1[] = {"latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819",
                                              "latin", "l1", "iso_ir_100", "csisolatin1", "iso_8859_1:1987"};
    for (const char* a : kUtf8)
        if (n == a) return Codec::Utf8;
    for (const char* a : kAscii)
        if (n == a) return Codec::Ascii;
    for (const char* a : kLatin1)
        if (n == a) return Codec::Latin1;
    return Codec::Unknown;
}

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

enum class ErrorMode { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, Unknown };

ErrorMode find_error_mode(const char* errors) {
    if (!errors || std::strcmp(errors, "strict") == 0) return ErrorMode::Strict;
    if (std::strcmp(errors, "ignore") == 0) return ErrorMode::Ignore;
    if (std::strcmp(errors, "replace") == 0) return ErrorMode::Replace;
    if (std::strcmp(errors, "backslashreplace") == 0) return ErrorMode::BackslashReplace;
    if (std::strcmp(errors, "xmlcharrefreplace") == 0) return ErrorMode::XmlCharRefReplace;
    return ErrorMode::Unknown;
}

}  // namespace

R<Bytes*> encode_str(Interpreter& vm, Str* s, const char* encoding, const char* errors) {
    Codec codec = encoding ? find_codec(encoding) : Codec::Utf8;
    if (codec == Codec::Unknown) return raise(vm, vm.e_LookupError, "unknown encoding: %s", encoding);
    if (codec == Codec::Utf8 || s->ascii) return new_bytes(vm, s->view());
    uint32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
    std::u32string cps = decode_all(s->view());
    std::string out;
    out.reserve(cps.size());
    ErrorMode mode = find_error_mode(errors);
    for (size_t i = 0; i < cps.size();) {
        if (cps[i] < limit) {
            out += static_cast<char>(cps[i]);
            i++;
            continue;
        }
        size_t end = i;
        while (end < cps.size() && cps[end] >= limit) end++;
        switch (mode) {
            case ErrorMode::Strict: {
                const char* range = limit == 0x80 ? "range(128)" : "range(256)";
                if (end - i == 1) {
                    std::string ch;
                    append_escaped_cp(ch, cps[i]);
                    return raise(vm, vm.e_UnicodeEncodeError,
                                 "'%s' codec can't encode character '%s' in position %zu: ordinal not in %s",
                                 codec_name(codec), ch.c_str(), i, range);
                }
                return raise(vm, vm.e_UnicodeEncodeError,
                             "'%s' codec can't encode characters in position %zu-%zu: ordinal not in %s",
                             codec_name(codec), i, end - 1, range);
            }
            case ErrorMode::Unknown:
                return raise(vm, vm.e_LookupError, "unknown error handler name '%s'", errors);
            case ErrorMode::Ignore: break;
            case ErrorMode::Replace: out.append(end - i, '?'); break;
            case ErrorMode::BackslashReplace:
                for (size_t k = i; k < end; k++) append_escaped_cp(out, cps[k]);
                break;
            case ErrorMode::XmlCharRefReplace:
                for (size_t k = i; k < end; k++) {
                    out += "&#";
                    out += std::to_string(cps[k]);
                    out += ';';
                }
                break;
        }
        i = end;
    }
    return new_bytes(vm, out);
}

R<Str*> decode_bytes(Interpreter& vm, std::string_view data, const char* encoding, const char* errors) {
    Codec codec = encoding ? find_codec(encoding) : Codec::Utf8;
    if (codec == Codec::Unknown) return raise(vm, vm.e_LookupError, "unknown encoding: %s", encoding);
    std::string out;
    ErrorMode mode = find_error_mode(errors);
    auto handle = [&](size_t start, size_t end, const char* reason) -> Status {
        switch (mode) {
            case ErrorMode::Strict:
            case ErrorMode::XmlCharRefReplace:  // an encode-only handler: CPython fails the same way
                if (end - start == 1)
                    return raise(vm, vm.e_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                                 codec_name(codec), static_cast<unsigned char>(data[start]), start, reason);
                return raise(vm, vm.e_UnicodeDecodeError, "'%s' codec can't decode bytes in position %zu-%zu: %s",
                             codec_name(codec), start, end - 1, reason);
            case ErrorMode::Unknown:
                return raise(vm, vm.e_LookupError, "unknown error handler name '%s'", errors);
            case ErrorMode::Ignore: break;
            case ErrorMode::Replace: out += "\xEF\xBF\xBD"; break;
            case ErrorMode::BackslashReplace:
                for (size_t k = start; k < end; k++) {
                    unsigned char b = static_cast<unsigned char>(data[k]);
                    out += "\\x";
                    out += kHex[b >> 4];
                    out += kHex[b & 15];
                }
                break;
        }
        return Status::ok();
    };
    switch (codec) {
        case Codec::Latin1:
            for (unsigned char b : data) append_cp(out, b);
            break;
        case Codec::Ascii:
            for (size_t i = 0; i < data.size(); i++) {
                if (static_cast<unsigned char>(data[i]) < 0x80)
                    out += data[i];
                else
                    TRY(handle(i, i + 1, "ordinal not in range(128)"));
            }
            break;
        default: {
            size_t len;
            if (utf8_valid(data, &len)) return new_str(vm, data);
            Utf8Error err;
            for (size_t i = 0; i < data.size();) {
                size_t k = utf8_check_one(data, i, &err);
                if (k) {
                    out.append(data.substr(i, k));
                    i += k;
                } else {
                    TRY(handle(err.start, err.end, err.reason));
                    i = err.end;
                }
            }
            break;
        }
    }
    return new_str(vm, out);
}

namespace {

// The text of an optional str argument (encoding/errors); null when absent.
R<const char*> optional_text(Interpreter& vm, Value v, const char* fname, const char* pname) {
    if (v.is_null()) return static_cast<const char*>(nullptr);
    if (!is_kind(v, Kind::Str))
        return raise(vm, vm.e_TypeError, "%s() argument '%s' must be str, not %s", fname, pname, type_name(vm, v));
    Str* s = as_str(v);
    if (std::strlen(s->data) != s->size) return raise(vm, vm.e_ValueError, "embedded null character");
    return static_cast<const char*>(s->data);
}

R<Value> str_encode_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "encode"));
    Value opt[2];
    TRY(parse_args(vm, rest_args(args), "encode", {"encoding", "errors"}, 0, 0, opt));
    const char* encoding = TRY(optional_text(vm, opt[0], "encode", "encoding"));
    const char* errors = TRY(optional_text(vm, opt[1], "encode", "errors"));
    return val(TRY(encode_str(vm, as_str(self), encoding, errors)));
}

bool bytes_like_view(Value v, std::string_view* out) {
    if (is_kind(v, Kind::Bytes)) {
        *out = as_bytes(v)->view();
        return true;
    }
    if (is_kind(v, Kind::ByteArray)) {
        auto* ba = static_cast<ByteArray*>(v.as_obj());
        *out = std::string_view(reinterpret_cast<const char*>(ba->data), ba->size);
        return true;
    }
    return false;
}

R<Value> str_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "str.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (!is_subtype(cls, vm.t_str))
        return raise(vm, vm.e_TypeError, "str.__new__(%s): %s is not a subtype of str", cls->name->data, cls->name->data);
    Value opt[3];
    TRY(parse_args(vm, rest_args(args), "str", {"object", "encoding", "errors"}, 0, 0, opt));
    Str* result;
    if (opt[1].is_null() && opt[2].is_null()) {
        result = opt[0].is_null() ? vm.empty_str : TRY(to_str(vm, opt[0]));
    } else {
        const char* encoding = TRY(optional_text(vm, opt[1], "str", "encoding"));
        const char* errors = TRY(optional_text(vm, opt[2], "str", "errors"));
        std::string_view data;
        if (opt[0].is_null()) {
            result = vm.empty_str;
        } else if (bytes_like_view(opt[0], &data)) {
            result = TRY(decode_bytes(vm, data, encoding, errors));
        } else if (is_kind(opt[0], Kind::Str)) {
            return raise(vm, vm.e_TypeError, "decoding str is not supported");
        } else {
            return raise(vm, vm.e_TypeError, "decoding to str: need a bytes-like object, %s found", type_name(vm, opt[0]));
        }
    }
    if (cls == vm.t_str) return val(result);
    return val(TRY(new_str_of_type(vm, cls, result->view())));
}

}  // namespace

// ---- str.format -------------------------------------------------------------------------------------------------

namespace {

// Where a format string's fields come from: str.format's positional and keyword arguments, or format_map's mapping.
struct FormatSource {
    const Value* pos = nullptr;
    uint32_t npos = 0;
    bool has_pos = true;          // false for format_map ("Format string contains positional fields")
    Tuple* kwnames = nullptr;     // str.format keywords, values at kwvalues
    const Value* kwvalues = nullptr;
    Value mapping;                // format_map
    enum { Init, Auto, Manual } numbering = Init;
    uint32_t next_auto = 0;
};

// A field-name part that is all digits is an index; -1 when it is not (or is empty).
R<int64_t> format_integer(Interpreter& vm, std::string_view s) {
    if (s.empty()) return int64_t{-1};
    int64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return int64_t{-1};
        if (v > (INT64_MAX - 9) / 10) return raise(vm, vm.e_ValueError, "Too many decimal digits in format string");
        v = v * 10 + (c - '0');
    }
    return v;
}

R<Value> lookup_keyword(Interpreter& vm, FormatSource& src, std::string_view name) {
    Str* key = TRY(new_str(vm, name));
    if (!src.mapping.is_null()) return getitem(vm, src.mapping, val(key));
    if (src.kwnames) {
        for (uint32_t k = 0; k < src.kwnames->size; k++)
            if (as_str(src.kwnames->items[k])->view() == name) return src.kwvalues[k];
    }
    return raise_with_arg(vm, vm.e_KeyError, val(key));
}

// Resolves "first.attr[key]..." to an object.
R<Value> resolve_field(Interpreter& vm, FormatSource& src, std::string_view field) {
    size_t i = 0;
    while (i < field.size() && field[i] != '.' && field[i] != '[') i++;
    std::string_view first = field.substr(0, i);
    int64_t index = TRY(format_integer(vm, first));
    bool empty = first.empty();
    bool numeric = empty || index != -1;
    if (numeric) {
        if (src.numbering == FormatSource::Init) src.numbering = empty ? FormatSource::Auto : FormatSource::Manual;
        if (src.numbering == FormatSource::Manual && empty)
            return raise(vm, vm.e_ValueError, "cannot switch from manual field specification to automatic field numbering");
        if (src.numbering == FormatSource::Auto && !empty)
            return raise(vm, vm.e_ValueError, "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = src.next_auto++;
    }
    Value obj;
    if (index == -1) {
        obj = TRY(lookup_keyword(vm, src, first));
    } else {
        if (!src.has_pos) return raise(vm, vm.e_ValueError, "Format string contains positional fields");
        if (index >= static_cast<int64_t>(src.npos))
            return raise(vm, vm.e_IndexError, "Replacement index %lld out of range for positional args tuple",
                         static_cast<long long>(index));
        obj = src.pos[index];
    }
    while (i < field.size()) {
        char c = field[i++];
        size_t start = i;
        if (c == '.') {
            while (i < field.size() && field[i] != '.' && field[i] != '[') i++;
            if (i == start) return raise(vm, vm.e_ValueError, "Empty attribute in format string");
            Str* name = TRY(intern(vm, field.substr(start, i - start)));  // attribute lookup compares names by identity
            obj = TRY(getattr(vm, obj, name));
        } else if (c == '[') {
            while (i < field.size() && field[i] != ']') i++;
            if (i == field.size()) return raise(vm, vm.e_ValueError, "Missing ']' in format string");
            std::string_view key = field.substr(start, i - start);
            i++;  // ']'
            if (key.empty()) return raise(vm, vm.e_ValueError, "Empty attribute in format string");
            int64_t k = TRY(format_integer(vm, key));
            Value kv = k != -1 ? TRY(make_int(vm, k)) : val(TRY(new_str(vm, key)));
            obj = TRY(getitem(vm, obj, kv));
        } else {
            return raise(vm, vm.e_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

Status vformat(Interpreter& vm, FormatSource& src, std::string_view fmt, int depth, std::string& out) {
    if (depth <= 0) return raise(vm, vm.e_ValueError, "Max string recursion exceeded");
    size_t i = 0, n = fmt.size();
    while (i < n) {
        // Literal text up to a brace; doubled braces are literal.
        size_t start = i;
        char c = 0;
        bool markup = false;
        while (i < n) {
            c = fmt[i++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = i >= n;
        size_t len = i - start;
        if (markup && c == '}' && (at_end || fmt[i] != '}'))
            return raise(vm, vm.e_ValueError, "Single '}' encountered in format string");
        if (markup && at_end && c == '{') return raise(vm, vm.e_ValueError, "Single '{' encountered in format string");
        if (markup) {
            if (fmt[i] == c) {
                i++;  // escaped brace: the literal keeps one
                markup = false;
            } else {
                len--;
            }
        }
        out.append(fmt.substr(start, len));
        if (!markup) continue;

        // The field: name, then optional !conversion and :spec (which may contain nested fields).
        size_t name_start = i;
        c = 0;
        while (i < n) {
            c = fmt[i++];
            if (c == '{') return raise(vm, vm.e_ValueError, "unexpected '{' in field name");
            if (c == '[') {
                while (i < n && fmt[i] != ']') i++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        if (c != '}' && c != ':' && c != '!') return raise(vm, vm.e_ValueError, "expected '}' before end of string");
        std::string_view name = fmt.substr(name_start, i - 1 - name_start);
        uint32_t conversion = 0;
        std::string_view spec;
        bool spec_nested = false;
        if (c == '!' || c == ':') {
            bool done = false;
            if (c == '!') {
                if (i >= n)
                    return raise(vm, vm.e_ValueError, "end of string while looking for conversion specifier");
                size_t adv;
                conversion = decode_at(fmt, i, &adv);
                i += adv;
                if (i < n) {
                    char d = fmt[i++];
                    if (d == '}') done = true;
                    else if (d != ':') return raise(vm, vm.e_ValueError, "expected ':' after conversion specifier");
                }
            }
            if (!done) {
                size_t spec_start = i;
                int count = 1;
                bool closed = false;
                while (i < n) {
                    char d = fmt[i++];
                    if (d == '{') {
                        spec_nested = true;
                        count++;
                    } else if (d == '}') {
                        if (--count == 0) {
                            closed = true;
                            break;
                        }
                    }
                }
                if (!closed) return raise(vm, vm.e_ValueError, "unmatched '{' in format spec");
                spec = fmt.substr(spec_start, i - 1 - spec_start);
            }
        }

        Value obj = TRY(resolve_field(vm, src, name));
        switch (conversion) {
            case 0: break;
            case 'r': obj = val(TRY(repr(vm, obj))); break;
            case 's': obj = val(TRY(to_str(vm, obj))); break;
            case 'a': obj = val(TRY(str_ascii(vm, obj))); break;
            default:
                if (conversion >= 32 && conversion < 127)
                    return raise(vm, vm.e_ValueError, "Unknown conversion specifier %c", static_cast<char>(conversion));
                return raise(vm, vm.e_ValueError, "Unknown conversion specifier \\x%x", conversion);
        }
        Str* spec_str;
        if (spec_nested) {
            std::string expanded;
            TRY(vformat(vm, src, spec, depth - 1, expanded));
            spec_str = TRY(new_str(vm, expanded));
        } else {
            spec_str = TRY(new_str(vm, spec));
        }
        Value formatted = TRY(format_value(vm, obj, spec_str));
        out.append(as_str(formatted)->view());
    }
    return Status::ok();
}

R<Value> str_format_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "format"));
    FormatSource src;
    src.pos = args.v + 1;
    src.npos = args.n - 1;
    src.kwnames = args.kwnames;
    src.kwvalues = args.v + args.n;
    std::string out;
    TRY(vformat(vm, src, as_str(self)->view(), 2, out));
    return str_result(vm, out);
}

R<Value> str_format_map_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_str, "format_map"));
    TRY(check_positional(vm, rest_args(args), "str", "format_map", 1, 1, ArgStyle::One));
    FormatSource src;
    src.has_pos = false;
    src.mapping = args.v[1];
    std::string out;
    TRY(vformat(vm, src, as_str(self)->view(), 2, out));
    return str_result(vm, out);
}

}  // namespace

// ---- % formatting -----------------------------------------------------------------------------------------------

namespace {

// Digits of |v| in base 8/10/16 (lowercase), without prefix or sign.
R<std::string> int_digits(Interpreter& vm, Value v, int base) {
    int64_t i;
    if (int_fits_i64(v, &i) && i != INT64_MIN) {
        uint64_t u = static_cast<uint64_t>(i < 0 ? -i : i);
        char buf[32];
        int k = 32;
        do {
            buf[--k] = kHex[u % static_cast<unsigned>(base)];
            u /= static_cast<unsigned>(base);
        } while (u);
        return std::string(buf + k, static_cast<size_t>(32 - k));
    }
    Value a = TRY(int_abs(vm, v));
    Str* s = TRY(int_to_str(vm, a, base));
    std::string_view d = s->view();
    if (d.size() > 2 && d[0] == '0' && (d[1] == 'x' || d[1] == 'X' || d[1] == 'o')) d.remove_prefix(2);
    std::string out(d);
    for (char& c : out)
        if (c >= 'A' && c <= 'F') c = static_cast<char>(c + 32);
    return out;
}

// The int a %d/%x conversion formats, or a null Value if the argument has the wrong type.
R<Value> printf_int_arg(Interpreter& vm, Value v, char type) {
    if (is_int_value(v)) return int_plain(v);
    bool index_only = type == 'x' || type == 'X' || type == 'o';
    if (is_kind(v, Kind::Float)) {
        if (index_only) return Value();
        return int_from_double(vm, float_value(v));
    }
    bool found = false;
    Value r = TRY(call_method(vm, v, vm.n___index__, nullptr, 0, &found));
    if (!found && !index_only) r = TRY(call_method(vm, v, vm.n___int__, nullptr, 0, &found));
    if (!found) return Value();
    if (!is_int_value(r)) return raise(vm, vm.e_TypeError, "__index__ returned non-int (type %s)", type_name(vm, r));
    return int_plain(r);
}

R<double> printf_float_arg(Interpreter& vm, Value v) {
    double d;
    if (is_kind(v, Kind::Float)) return float_value(v);
    if (is_int_value(v)) {
        TRY(number_to_double(vm, v, &d));
        return d;
    }
    bool found = false;
    Value r = TRY(call_method(vm, v, vm.n___float__, nullptr, 0, &found));
    if (!found) r = TRY(call_method(vm, v, vm.n___index__, nullptr, 0, &found));
    if (!found) return raise(vm, vm.e_TypeError, "must be real number, not %s", type_name(vm, v));
    if (is_kind(r, Kind::Float)) return float_value(r);
    if (!is_int_value(r)) return raise(vm, vm.e_TypeError, "must be real number, not %s", type_name(vm, r));
    TRY(number_to_double(vm, r, &d));
    return d;
}

}  // namespace

R<Value> str_mod(Interpreter& vm, Str* fmt_str, Value args) {
    std::string_view fmt = fmt_str->view();
    Value cur = args;  // the value(s) being consumed: the tuple, a single value, or a %(key) lookup
    int64_t arglen = -1, argidx = -2;
    Tuple* tuple = nullptr;
    if (is_kind(args, Kind::Tuple)) {
        tuple = as_tuple(args);
        arglen = tuple->size;
        argidx = 0;
    }
    Value dict;
    if (!tuple && !is_kind(args, Kind::Str) && !type_lookup(type_of(vm, args), vm.n___getitem__).is_null()) dict = args;

    auto next_arg = [&]() -> R<Value> {
        if (argidx < arglen) {
            int64_t k = argidx++;
            if (arglen < 0) return cur;
            return tuple->items[k];
        }
        return raise(vm, vm.e_TypeError, "not enough arguments for format string");
    };

    std::string out;
    size_t i = 0, n = fmt.size();
    while (i < n) {
        size_t pct = fmt.find('%', i);
        if (pct == std::string_view::npos) {
            out.append(fmt.substr(i));
            break;
        }
        out.append(fmt.substr(i, pct - i));
        i = pct + 1;
        if (i >= n) return raise(vm, vm.e_ValueError, "incomplete format");
        if (fmt[i] == '%') {
            out += '%';
            i++;
            continue;
        }
        if (fmt[i] == '(') {
            if (dict.is_null()) return raise(vm, vm.e_TypeError, "format requires a mapping");
            i++;
            size_t key_start = i;
            int depth = 1;
            while (i < n && depth > 0) {
                if (fmt[i] == '(') depth++;
                else if (fmt[i] == ')') depth--;
                i++;
            }
            if (depth > 0) return raise(vm, vm.e_ValueError, "incomplete format key");
            Str* key = TRY(new_str(vm, fmt.substr(key_start, i - 1 - key_start)));
            cur = TRY(getitem(vm, dict, val(key)));
            tuple = nullptr;
            arglen = -1;
            argidx = -2;
        }
        PrintfSpec spec;
        for (; i < n; i++) {
            char c = fmt[i];
            if (c == '-') spec.left = true;
            else if (c == '+') spec.plus = true;
            else if (c == ' ') spec.space = true;
            else if (c == '#') spec.alt = true;
            else if (c == '0') spec.zero = true;
            else break;
        }
        if (i < n && fmt[i] == '*') {
            Value w = TRY(next_arg());
            if (!is_int_value(w)) return raise(vm, vm.e_TypeError, "* wants int");
            int64_t wv;
            if (!int_fits_i64(int_plain(w), &wv)) return raise(vm, vm.e_ValueError, "width too big");
            if (wv < 0) {
                spec.left = true;
                wv = -wv;
            }
            spec.width = wv;
            i++;
        } else if (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
            int64_t wv = 0;
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                if (wv > (INT32_MAX - 9) / 10) return raise(vm, vm.e_ValueError, "width too big");
                wv = wv * 10 + (fmt[i++] - '0');
            }
            spec.width = wv;
        }
        if (i < n && fmt[i] == '.') {
            i++;
            if (i < n && fmt[i] == '*') {
                Value p = TRY(next_arg());
                if (!is_int_value(p)) return raise(vm, vm.e_TypeError, "* wants int");
                int64_t pv;
                if (!int_fits_i64(int_plain(p), &pv)) return raise(vm, vm.e_ValueError, "precision too big");
                spec.precision = pv < 0 ? 0 : pv;
                i++;
            } else {
                int64_t pv = 0;
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    if (pv > (INT32_MAX - 9) / 10) return raise(vm, vm.e_ValueError, "precision too big");
                    pv = pv * 10 + (fmt[i++] - '0');
                }
                spec.precision = pv;
            }
        }
        if (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
        if (i >= n) return raise(vm, vm.e_ValueError, "incomplete format");
        size_t conv_pos = i, adv;
        uint32_t conv = decode_at(fmt, i, &adv);
        i += adv;

        Value v = TRY(next_arg());
        switch (conv) {
            case 's': case 'r': case 'a': {
                Str* s = conv == 's' ? TRY(to_str(vm, v)) : conv == 'r' ? TRY(repr(vm, v)) : TRY(str_ascii(vm, v));
                std::string_view body = s->view();
                if (spec.precision >= 0 && spec.precision < static_cast<int64_t>(s->length))
                    body = body.substr(0, str_offset(s, spec.precision));
                out += printf_pad(body, spec, false);
                break;
            }
            case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
                char type = static_cast<char>(conv);
                Value iv = TRY(printf_int_arg(vm, v, type));
                if (iv.is_null()) {
                    if (type == 'x' || type == 'X' || type == 'o')
                        return raise(vm, vm.e_TypeError, "%%%c format: an integer is required, not %s", type, type_name(vm, v));
                    return raise(vm, vm.e_TypeError, "%%%c format: a real number is required, not %s", type, type_name(vm, v));
                }
                int base = (type == 'x' || type == 'X') ? 16 : type == 'o' ? 8 : 10;
                std::string digits = TRY(int_digits(vm, iv, base));
                if (spec.precision > static_cast<int64_t>(digits.size()))
                    digits.insert(0, static_cast<size_t>(spec.precision) - digits.size(), '0');
                std::string body = int_is_negative(iv) ? "-" : "";
                if (spec.alt && base != 10) body += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
                if (type == 'X')
                    for (char& c : digits)
                        if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 32);
                body += digits;
                spec.type = type;
                out += printf_pad(body, spec, true);
                break;
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                double d = TRY(printf_float_arg(vm, v));
                spec.type = static_cast<char>(conv);
                out += format_float_printf(d, spec);
                break;
            }
            case 'c': {
                std::string ch;
                if (is_kind(v, Kind::Str)) {
                    if (as_str(v)->length != 1) return raise(vm, vm.e_TypeError, "%%c requires int or char");
                    ch = as_str(v)->view();
                } else if (is_int_value(v)) {
                    int64_t cp;
                    if (!int_fits_i64(int_plain(v), &cp) || cp < 0 || cp > 0x10FFFF)
                        return raise(vm, vm.e_OverflowError, "%%c arg not in range(0x110000)");
                    append_cp(ch, static_cast<uint32_t>(cp));
                } else {
                    return raise(vm, vm.e_TypeError, "%%c requires int or char");
                }
                out += printf_pad(ch, spec, false);
                break;
            }
            default:
                return raise(vm, vm.e_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                             conv >= 32 && conv < 127 ? static_cast<char>(conv) : '?', conv,
                             static_cast<long long>(cp_index(fmt_str, conv_pos)));
        }
    }
    if (argidx < arglen && dict.is_null())
        return raise(vm, vm.e_TypeError, "not all arguments converted during string formatting");
    return val(TRY(new_str(vm, out)));
}

// ---- registration -----------------------------------------------------------------------------------------------

void init_str_type(Interpreter& vm) {
    // The shared "" and one-character strings are made immortal by interning them (the interned set is a GC root).
    (void)intern(vm, "");
    for (int c = 0; c < 128; c++) {
        char ch = static_cast<char>(c);
        (void)intern(vm, std::string_view(&ch, 1));
    }
    Type* t = vm.t_str;
    add_staticmethods(vm, t, {{"__new__", str_new}, {"maketrans", str_maketrans_m}});
    add_methods(vm, t,
                {{"__len__", str_len_m},
                 {"__getitem__", str_getitem_m},
                 {"__contains__", str_contains_m},
                 {"__iter__", str_iter_m},
                 {"__eq__", str_eq_m},
                 {"__ne__", str_ne_m},
                 {"__lt__", str_lt_m},
                 {"__le__", str_le_m},
                 {"__gt__", str_gt_m},
                 {"__ge__", str_ge_m},
                 {"__hash__", str_hash_m},
                 {"__repr__", str_repr_m},
                 {"__str__", str_str_m},
                 {"__add__", str_add_m},
                 {"__mul__", str_mul_m},
                 {"__rmul__", str_mul_m},
                 {"__mod__", str_mod_m},
                 {"__rmod__", str_rmod_m},
                 {"__format__", str_format_spec_m},
                 {"__getnewargs__", str_getnewargs_m},
                 {"__sizeof__", str_sizeof_m},
                 {"join", str_join_m},
                 {"split", str_split_m},
                 {"rsplit", str_rsplit_m},
                 {"splitlines", str_splitlines_m},
                 {"strip", str_strip_m},
                 {"lstrip", str_lstrip_m},
                 {"rstrip", str_rstrip_m},
                 {"replace", str_replace_m},
                 {"find", str_find_m},
                 {"rfind", str_rfind_m},
                 {"index", str_index_m},
                 {"rindex", str_rindex_m},
                 {"count", str_count_m},
                 {"startswith", str_startswith_m},
                 {"endswith", str_endswith_m},
                 {"partition", str_partition_m},
                 {"rpartition", str_rpartition_m},
                 {"removeprefix", str_removeprefix_m},
                 {"removesuffix", str_removesuffix_m},
                 {"upper", str_upper_m},
                 {"lower", str_lower_m},
                 {"casefold", str_casefold_m},
                 {"swapcase", str_swapcase_m},
                 {"title", str_title_m},
                 {"capitalize", str_capitalize_m},
                 {"isalpha", str_isalpha_m},
                 {"isalnum", str_isalnum_m},
                 {"isdecimal", str_isdecimal_m},
                 {"isdigit", str_isdigit_m},
                 {"isnumeric", str_isnumeric_m},
                 {"isspace", str_isspace_m},
                 {"isprintable", str_isprintable_m},
                 {"isascii", str_isascii_m},
                 {"isidentifier", str_isidentifier_m},
                 {"isupper", str_isupper_m},
                 {"islower", str_islower_m},
                 {"istitle", str_istitle_m},
                 {"center", str_center_m},
                 {"ljust", str_ljust_m},
                 {"rjust", str_rjust_m},
                 {"zfill", str_zfill_m},
                 {"expandtabs", str_expandtabs_m},
                 {"translate", str_translate_m},
                 {"encode", str_encode_m},
                 {"format", str_format_m},
                 {"format_map", str_format_map_m}});
}

}  // namespace pyco
