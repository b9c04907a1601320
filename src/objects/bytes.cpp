// The bytes type: immutable byte strings, their repr, hex conversions and the bytes methods (ASCII semantics).
#include <cstring>
#include <string>
#include <string_view>

#include "objects/objects.h"

namespace pyco {

namespace {

constexpr size_t kMaxBytesSize = 0xFFFFFFF0u;
const char kHexDigits[] = "0123456789abcdef";

R<Bytes*> new_bytes_of_type(Interpreter& vm, Type* type, std::string_view data) {
    if (data.size() > kMaxBytesSize) return raise_memory_error(vm);
    Bytes* b = TRY(alloc<Bytes>(vm, type, data.size() + 1));
    b->size = static_cast<uint32_t>(data.size());
    b->hash = -1;
    if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
    b->data[data.size()] = 0;
    return b;
}

// bytes, bytearray and array.array qualify as "bytes-like" arguments.
bool bytes_like(Value v, std::string_view* out) { return buffer_view(v, out); }

R<std::string_view> bytes_like_arg(Interpreter& vm, Value v) {
    std::string_view out;
    if (!bytes_like(v, &out))
        return raise(vm, vm.e_TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
    return out;
}

Args rest_args(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

enum class ArgStyle { Clinic, Old, None, One };

Status check_positional(Interpreter& vm, Args a, const char* name, uint32_t min, uint32_t max, ArgStyle style) {
    if (a.nkw()) return raise(vm, vm.e_TypeError, "bytes.%s() takes no keyword arguments", name);
    if (a.n >= min && a.n <= max) return Status::ok();
    switch (style) {
        case ArgStyle::None:
            return raise(vm, vm.e_TypeError, "bytes.%s() takes no arguments (%u given)", name, a.n);
        case ArgStyle::One:
            return raise(vm, vm.e_TypeError, "bytes.%s() takes exactly one argument (%u given)", name, a.n);
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

bool has_index(Interpreter& vm, Value v) {
    return is_int_value(v) || !type_lookup(type_of(vm, v), vm.n___index__).is_null();
}

R<Value> bytes_result(Interpreter& vm, std::string_view data) { return val(TRY(new_bytes(vm, data))); }

// Methods return exact bytes even for subclass instances.
R<Value> exact_bytes(Interpreter& vm, Bytes* b) {
    if (b->type == vm.t_bytes) return val(b);
    return bytes_result(vm, b->view());
}

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
char to_upper(unsigned char c) { return static_cast<char>(is_lower(c) ? c - 32 : c); }
char to_lower(unsigned char c) { return static_cast<char>(is_upper(c) ? c + 32 : c); }

uint64_t fnv1a(std::string_view s) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace

bool buffer_view(Value v, std::string_view* out) {
    if (is_kind(v, Kind::Bytes)) {
        *out = as_bytes(v)->view();
        return true;
    }
    uint8_t* data;
    size_t size;
    bool readonly;
    if (!writable_buffer(v, &data, &size) && !memoryview_buffer(v, &data, &size, &readonly)) return false;
    *out = std::string_view(reinterpret_cast<const char*>(data), size);
    return true;
}

bool writable_buffer(Value v, uint8_t** data, size_t* size) {
    if (is_kind(v, Kind::ByteArray)) {
        auto* ba = static_cast<ByteArray*>(v.as_obj());
        *data = ba->data;
        *size = ba->size;
        return true;
    }
    if (is_kind(v, Kind::Buffer) && static_cast<Buffer*>(v.as_obj())->flavor == BUF_ARRAY) {
        auto* b = static_cast<Buffer*>(v.as_obj());
        *data = b->data;
        *size = b->size;
        return true;
    }
    bool readonly;
    if (memoryview_buffer(v, data, size, &readonly) && !readonly) return true;
    return false;
}

R<Bytes*> new_bytes(Interpreter& vm, std::string_view data) { return new_bytes_of_type(vm, vm.t_bytes, data); }

R<Str*> bytes_repr(Interpreter& vm, std::string_view data, const char* prefix) {
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out = prefix;
    out += quote;
    for (unsigned char c : data) {
        if (c == quote || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            out += "\\x";
            out += kHexDigits[c >> 4];
            out += kHexDigits[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return new_str(vm, out);
}

namespace {

// ---- construction -----------------------------------------------------------------------------------------------

R<const char*> optional_text(Interpreter& vm, Value v, const char* fname, const char* pname) {
    if (v.is_null()) return static_cast<const char*>(nullptr);
    if (!is_kind(v, Kind::Str))
        return raise(vm, vm.e_TypeError, "%s() argument '%s' must be str, not %s", fname, pname, type_name(vm, v));
    return static_cast<const char*>(as_str(v)->data);
}

Status append_byte_value(Interpreter& vm, std::string& out, Value item) {
    int64_t b = TRY(index_value(vm, item));
    if (b < 0 || b > 255) return raise(vm, vm.e_ValueError, "bytes must be in range(0, 256)");
    out += static_cast<char>(b);
    return Status::ok();
}

R<Value> bytes_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "bytes.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (!is_subtype(cls, vm.t_bytes))
        return raise(vm, vm.e_TypeError, "bytes.__new__(%s): %s is not a subtype of bytes", cls->name->data,
                     cls->name->data);
    Value opt[3];
    TRY(parse_args(vm, rest_args(args), "bytes", {"source", "encoding", "errors"}, 0, 0, opt));
    Value src = opt[0];
    const char* encoding = TRY(optional_text(vm, opt[1], "bytes", "encoding"));
    const char* errors = TRY(optional_text(vm, opt[2], "bytes", "errors"));
    std::string data;
    std::string_view view;
    if (src.is_null()) {
        if (encoding) return raise(vm, vm.e_TypeError, "encoding without a string argument");
        if (errors) return raise(vm, vm.e_TypeError, "errors without a string argument");
    } else if (is_kind(src, Kind::Str)) {
        if (!encoding) return raise(vm, vm.e_TypeError, "string argument without an encoding");
        Bytes* b = TRY(encode_str(vm, as_str(src), encoding, errors));
        if (cls == vm.t_bytes) return val(b);
        data = b->view();
    } else if (encoding) {
        return raise(vm, vm.e_TypeError, "encoding without a string argument");
    } else if (errors) {
        return raise(vm, vm.e_TypeError, "errors without a string argument");
    } else if (Value conv = TRY(lookup_special(vm, src, vm.n___bytes__)); !conv.is_null()) {
        Value r = TRY(call0(vm, conv));
        if (!is_kind(r, Kind::Bytes))
            return raise(vm, vm.e_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(vm, r));
        if (cls == vm.t_bytes) return r;
        data = as_bytes(r)->view();
    } else if (bytes_like(src, &view)) {
        if (cls == vm.t_bytes && src.as_obj()->type == vm.t_bytes) return src;
        data = view;
    } else if (has_index(vm, src)) {
        int64_t n = TRY(index_value(vm, src));
        if (n < 0) return raise(vm, vm.e_ValueError, "negative count");
        if (static_cast<uint64_t>(n) > kMaxBytesSize) return raise_memory_error(vm);
        data.assign(static_cast<size_t>(n), '\0');
    } else if (is_kind(src, Kind::List) || is_kind(src, Kind::Tuple)) {
        bool list = is_kind(src, Kind::List);
        for (uint32_t i = 0; i < (list ? as_list(src)->size : as_tuple(src)->size); i++)
            TRY(append_byte_value(vm, data, list ? as_list(src)->items[i] : as_tuple(src)->items[i]));
    } else {
        R<Value> it = get_iter(vm, src);
        if (it.failed()) {
            if (exception_matches(vm, vm.exc, vm.e_TypeError)) {
                take_exception(vm);
                return raise(vm, vm.e_TypeError, "cannot convert '%s' object to bytes", type_name(vm, src));
            }
            return Raised{};
        }
        Value iter = it.take();
        while (true) {
            Value item = TRY(iter_next(vm, iter));
            if (item.is_null()) break;
            TRY(append_byte_value(vm, data, item));
        }
    }
    return val(TRY(new_bytes_of_type(vm, cls, data)));
}

// ---- basics -----------------------------------------------------------------------------------------------------

R<Value> bytes_len_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "__len__"));
    TRY(check_positional(vm, rest_args(args), "__len__", 0, 0, ArgStyle::None));
    return Value::small_int(as_bytes(self)->size);
}

R<Value> bytes_getitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "__getitem__"));
    TRY(check_positional(vm, rest_args(args), "__getitem__", 1, 1, ArgStyle::One));
    Bytes* b = as_bytes(self);
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step;
        int64_t n = TRY(slice_indices(vm, static_cast<Slice*>(key.as_obj()), b->size, &start, &stop, &step));
        if (n <= 0) return bytes_result(vm, "");
        if (step == 1) {
            if (n == static_cast<int64_t>(b->size)) return exact_bytes(vm, b);
            return bytes_result(vm, b->view().substr(static_cast<size_t>(start), static_cast<size_t>(n)));
        }
        std::string out;
        out.reserve(static_cast<size_t>(n));
        for (int64_t k = 0, i = start; k < n; k++, i += step) out += static_cast<char>(b->data[i]);
        return bytes_result(vm, out);
    }
    if (!has_index(vm, key))
        return raise(vm, vm.e_TypeError, "byte indices must be integers or slices, not %s", type_name(vm, key));
    int64_t i;
    if (key.is_int()) {
        i = key.as_int();
    } else {
        R<int64_t> ri = index_value(vm, key);
        if (ri.failed()) {
            if (!exception_matches(vm, vm.exc, vm.e_OverflowError)) return Raised{};
            take_exception(vm);
            return raise(vm, vm.e_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        i = ri.take();
    }
    if (i < 0) i += b->size;
    if (i < 0 || i >= static_cast<int64_t>(b->size)) return raise(vm, vm.e_IndexError, "index out of range");
    return Value::small_int(b->data[i]);
}

// A sub-sequence argument of find/count/index/contains: bytes-like, or an int byte value.
R<std::string> sub_arg(Interpreter& vm, Value v) {
    std::string_view view;
    if (bytes_like(v, &view)) return std::string(view);
    if (!has_index(vm, v))
        return raise(vm, vm.e_TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(vm, v));
    int64_t b = TRY(index_value(vm, v));
    if (b < 0 || b > 255) return raise(vm, vm.e_ValueError, "byte must be in range(0, 256)");
    return std::string(1, static_cast<char>(b));
}

R<Value> bytes_contains_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "__contains__"));
    TRY(check_positional(vm, rest_args(args), "__contains__", 1, 1, ArgStyle::One));
    Value v = args.v[1];
    std::string_view view;
    if (!bytes_like(v, &view) && !has_index(vm, v))
        return raise(vm, vm.e_TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
    std::string sub = TRY(sub_arg(vm, v));
    return Value::boolean(as_bytes(self)->view().find(sub) != std::string_view::npos);
}

R<Value> bytes_iter_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "__iter__"));
    TRY(check_positional(vm, rest_args(args), "__iter__", 0, 0, ArgStyle::None));
    return val(TRY(new_iter(vm, vm.t_bytes_iterator, self)));
}

R<Value> bytes_compare_m(Interpreter& vm, Args args, CmpOp op, const char* name) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    TRY(check_positional(vm, rest_args(args), name, 1, 1, ArgStyle::One));
    std::string_view other;
    if (!bytes_like(args.v[1], &other)) return vm.not_implemented;
    int c = as_bytes(self)->view().compare(other);
    switch (op) {
        case CmpOp::Eq: return Value::boolean(c == 0);
        case CmpOp::Ne: return Value::boolean(c != 0);
        case CmpOp::Lt: return Value::boolean(c < 0);
        case CmpOp::Le: return Value::boolean(c <= 0);
        case CmpOp::Gt: return Value::boolean(c > 0);
        default: return Value::boolean(c >= 0);
    }
}
R<Value> bytes_eq_m(Interpreter& vm, Args args) { return bytes_compare_m(vm, args, CmpOp::Eq, "__eq__"); }
R<Value> bytes_ne_m(Interpreter& vm, Args args) { return bytes_compare_m(vm, args, CmpOp::Ne, "__ne__"); }
R<Value> bytes_lt_m(Interpreter& vm, Args args) { return bytes_compare_m(vm, args, CmpOp::Lt, "__lt__"); }
R<Value> bytes_le_m(Interpreter& vm, Args args) { return bytes_compare_m(vm, args, CmpOp::Le, "__le__"); }
R<Value> bytes_gt_m(Interpreter& vm, Args args) { return bytes_compare_m(vm, args, CmpOp::Gt, "__gt__"); }
R<Value> bytes_ge_m(Interpreter& vm, Args args) { return bytes_compare_m(vm, args, CmpOp::Ge, "__ge__"); }

R<Value> bytes_hash_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "__hash__"));
    TRY(check_positional(vm, rest_args(args), "__hash__", 0, 0, ArgStyle::None));
    Bytes* b = as_bytes(self);
    if (b->hash == -1) {
        // The same function as str's, so that equal ASCII str and bytes hash alike (as in CPython).
        int64_t h = static_cast<int64_t>(fnv1a(b->view()));
        b->hash = h == -1 ? -2 : h;
    }
    return make_int(vm, b->hash);
}

R<Value> bytes_repr_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "__repr__"));
    TRY(check_positional(vm, rest_args(args), "__repr__", 0, 0, ArgStyle::None));
    return val(TRY(bytes_repr(vm, as_bytes(self)->view())));
}

R<Value> bytes_add_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "__add__"));
    TRY(check_positional(vm, rest_args(args), "__add__", 1, 1, ArgStyle::One));
    std::string_view other;
    // NotImplemented so that a reflected __radd__ is tried; ops.cpp raises "can't concat X to bytes".
    if (!bytes_like(args.v[1], &other)) return vm.not_implemented;
    Bytes* b = as_bytes(self);
    if (other.empty() && b->type == vm.t_bytes) return self;
    std::string out(b->view());
    out.append(other);
    return bytes_result(vm, out);
}

R<Value> bytes_mul_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "__mul__"));
    TRY(check_positional(vm, rest_args(args), "__mul__", 1, 1, ArgStyle::One));
    if (!has_index(vm, args.v[1])) return vm.not_implemented;
    int64_t n = TRY(index_value(vm, args.v[1]));
    Bytes* b = as_bytes(self);
    if (n <= 0 || b->size == 0) return bytes_result(vm, "");
    if (n == 1) return exact_bytes(vm, b);
    if (n > static_cast<int64_t>(kMaxBytesSize / b->size)) {
        if (n > INT64_MAX / b->size) return raise(vm, vm.e_OverflowError, "repeated bytes are too long");
        return raise_memory_error(vm);
    }
    std::string out;
    out.reserve(static_cast<size_t>(n) * b->size);
    for (int64_t k = 0; k < n; k++) out.append(b->view());
    return bytes_result(vm, out);
}

R<Value> bytes_getnewargs_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "__getnewargs__"));
    Bytes* copy = TRY(new_bytes(vm, as_bytes(self)->view()));
    return val(TRY(tuple_of(vm, {val(copy)})));
}

// ---- decode, hex, fromhex ---------------------------------------------------------------------------------------

R<Value> bytes_decode_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "decode"));
    Value opt[2];
    TRY(parse_args(vm, rest_args(args), "decode", {"encoding", "errors"}, 0, 0, opt));
    const char* encoding = TRY(optional_text(vm, opt[0], "decode", "encoding"));
    const char* errors = TRY(optional_text(vm, opt[1], "decode", "errors"));
    return val(TRY(decode_bytes(vm, as_bytes(self)->view(), encoding, errors)));
}

R<Value> bytes_hex_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "hex"));
    Value opt[2];
    TRY(parse_args(vm, rest_args(args), "hex", {"sep", "bytes_per_sep"}, 0, 0, opt));
    std::string_view data = as_bytes(self)->view();
    char sep = 0;
    if (!opt[0].is_null()) {
        std::string_view sv;
        if (is_kind(opt[0], Kind::Str)) {
            Str* s = as_str(opt[0]);
            if (s->length != 1) return raise(vm, vm.e_ValueError, "sep must be length 1.");
            if (!s->ascii) return raise(vm, vm.e_ValueError, "sep must be ASCII.");
            sep = s->data[0];
        } else if (bytes_like(opt[0], &sv)) {
            if (sv.size() != 1) return raise(vm, vm.e_ValueError, "sep must be length 1.");
            if (static_cast<unsigned char>(sv[0]) >= 0x80) return raise(vm, vm.e_ValueError, "sep must be ASCII.");
            sep = sv[0];
        } else {
            return raise(vm, vm.e_TypeError, "object of type '%s' has no len()", type_name(vm, opt[0]));
        }
    }
    int64_t per = 1;
    if (!opt[1].is_null()) per = TRY(index_value(vm, opt[1]));
    std::string out;
    size_t n = data.size();
    uint64_t group = static_cast<uint64_t>(per < 0 ? -per : per);
    for (size_t i = 0; i < n; i++) {
        if (sep && group && i > 0) {
            // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) out += sep;
        }
        unsigned char c = static_cast<unsigned char>(data[i]);
        out += kHexDigits[c >> 4];
        out += kHexDigits[c & 15];
    }
    return val(TRY(new_str(vm, out)));
}

int hex_value(uint32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
}

R<Value> bytes_fromhex_m(Interpreter& vm, Args args) {
    // A class method: args.v[0] is the class.
    if (args.nkw()) return raise(vm, vm.e_TypeError, "bytes.fromhex() takes no keyword arguments");
    if (args.n != 2) return raise(vm, vm.e_TypeError, "bytes.fromhex() takes exactly one argument (%u given)", args.n - 1);
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "fromhex() argument must be str, not %s", type_name(vm, args.v[1]));
    Str* s = as_str(args.v[1]);
    std::u32string cps;
    for (size_t i = 0; i < s->size;) {
        size_t adv;
        cps.push_back(utf8_decode(s->data + i, &adv));
        i += adv;
    }
    std::string out;
    size_t i = 0, n = cps.size();
    while (i < n) {
        if (cps[i] < 0x80 && is_space(static_cast<unsigned char>(cps[i]))) {
            i++;
            continue;
        }
        int top = hex_value(cps[i]);
        if (top < 0)
            return raise(vm, vm.e_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i);
        int bot = i + 1 < n ? hex_value(cps[i + 1]) : -1;
        if (bot < 0)
            return raise(vm, vm.e_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", i + 1);
        out += static_cast<char>(top * 16 + bot);
        i += 2;
    }
    Type* cls = is_type(args.v[0]) ? static_cast<Type*>(args.v[0].as_obj()) : vm.t_bytes;
    Bytes* b = TRY(new_bytes(vm, out));
    if (cls == vm.t_bytes) return val(b);
    return call1(vm, val(cls), val(b));
}

// ---- searching --------------------------------------------------------------------------------------------------

// start/end arguments, adjusted like slice bounds.
Status search_range(Interpreter& vm, Args a, uint32_t first, int64_t len, int64_t* start, int64_t* end) {
    *start = 0;
    *end = len;
    for (uint32_t k = 0; k < 2 && a.n > first + k; k++) {
        Value v = a.v[first + k];
        if (v.is_none()) continue;
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
        } else if (k == 1 && i > len) {
            i = len;
        }
        (k == 0 ? *start : *end) = i;
    }
    return Status::ok();
}

enum class FindKind { Find, RFind, Index, RIndex, Count };

R<Value> bytes_find_common(Interpreter& vm, Args args, const char* name, FindKind kind) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    Args a = rest_args(args);
    TRY(check_positional(vm, a, name, 1, 3, ArgStyle::Old));
    std::string_view data = as_bytes(self)->view();
    std::string sub = TRY(sub_arg(vm, a.v[0]));
    int64_t start, end;
    TRY(search_range(vm, a, 1, static_cast<int64_t>(data.size()), &start, &end));
    int64_t sublen = static_cast<int64_t>(sub.size());
    if (kind == FindKind::Count) {
        if (end - start < sublen) return Value::small_int(0);
        if (sub.empty()) return Value::small_int(end - start + 1);
        std::string_view hay = data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
        int64_t n = 0;
        for (size_t pos = hay.find(sub); pos != std::string_view::npos; pos = hay.find(sub, pos + sub.size())) n++;
        return Value::small_int(n);
    }
    int64_t result = -1;
    if (end - start >= sublen) {
        std::string_view hay = data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
        bool reverse = kind == FindKind::RFind || kind == FindKind::RIndex;
        size_t pos = reverse ? hay.rfind(sub) : hay.find(sub);
        if (pos != std::string_view::npos) result = start + static_cast<int64_t>(pos);
    }
    if (result < 0 && (kind == FindKind::Index || kind == FindKind::RIndex))
        return raise(vm, vm.e_ValueError, "subsection not found");
    return Value::small_int(result);
}
R<Value> bytes_find_m(Interpreter& vm, Args args) { return bytes_find_common(vm, args, "find", FindKind::Find); }
R<Value> bytes_rfind_m(Interpreter& vm, Args args) { return bytes_find_common(vm, args, "rfind", FindKind::RFind); }
R<Value> bytes_index_m(Interpreter& vm, Args args) { return bytes_find_common(vm, args, "index", FindKind::Index); }
R<Value> bytes_rindex_m(Interpreter& vm, Args args) { return bytes_find_common(vm, args, "rindex", FindKind::RIndex); }
R<Value> bytes_count_m(Interpreter& vm, Args args) { return bytes_find_common(vm, args, "count", FindKind::Count); }

R<Value> bytes_tailmatch(Interpreter& vm, Args args, const char* name, bool at_end) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    Args a = rest_args(args);
    TRY(check_positional(vm, a, name, 1, 3, ArgStyle::Old));
    std::string_view data = as_bytes(self)->view();
    int64_t start, end;
    TRY(search_range(vm, a, 1, static_cast<int64_t>(data.size()), &start, &end));
    auto match = [&](std::string_view sub) {
        if (end - start < static_cast<int64_t>(sub.size())) return false;
        std::string_view hay = data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
        return at_end ? hay.substr(hay.size() - sub.size()) == sub : hay.substr(0, sub.size()) == sub;
    };
    Value prefix = a.v[0];
    std::string_view sv;
    if (is_kind(prefix, Kind::Tuple)) {
        Tuple* t = as_tuple(prefix);
        for (uint32_t i = 0; i < t->size; i++) {
            std::string_view item = TRY(bytes_like_arg(vm, t->items[i]));
            if (match(item)) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (!bytes_like(prefix, &sv))
        return raise(vm, vm.e_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                     type_name(vm, prefix));
    return Value::boolean(match(sv));
}
R<Value> bytes_startswith_m(Interpreter& vm, Args args) { return bytes_tailmatch(vm, args, "startswith", false); }
R<Value> bytes_endswith_m(Interpreter& vm, Args args) { return bytes_tailmatch(vm, args, "endswith", true); }

R<Value> bytes_partition_common(Interpreter& vm, Args args, const char* name, bool reverse) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    TRY(check_positional(vm, rest_args(args), name, 1, 1, ArgStyle::One));
    std::string_view data = as_bytes(self)->view();
    std::string_view sep = TRY(bytes_like_arg(vm, args.v[1]));
    if (sep.empty()) return raise(vm, vm.e_ValueError, "empty separator");
    size_t pos = reverse ? data.rfind(sep) : data.find(sep);
    Bytes* empty = TRY(new_bytes(vm, ""));
    if (pos == std::string_view::npos) {
        Value whole = TRY(exact_bytes(vm, as_bytes(self)));
        if (reverse) return val(TRY(tuple_of(vm, {val(empty), val(empty), whole})));
        return val(TRY(tuple_of(vm, {whole, val(empty), val(empty)})));
    }
    Bytes* left = TRY(new_bytes(vm, data.substr(0, pos)));
    Bytes* mid = TRY(new_bytes(vm, sep));
    Bytes* right = TRY(new_bytes(vm, data.substr(pos + sep.size())));
    return val(TRY(tuple_of(vm, {val(left), val(mid), val(right)})));
}
R<Value> bytes_partition_m(Interpreter& vm, Args args) { return bytes_partition_common(vm, args, "partition", false); }
R<Value> bytes_rpartition_m(Interpreter& vm, Args args) { return bytes_partition_common(vm, args, "rpartition", true); }

// ---- split, join, strip, replace --------------------------------------------------------------------------------

Status add_piece(Interpreter& vm, List* out, std::string_view piece) {
    Bytes* b = TRY(new_bytes(vm, piece));
    return list_append(vm, out, val(b));
}

R<Value> bytes_split_common(Interpreter& vm, Args args, const char* name, bool reverse) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    Value opt[2];
    TRY(parse_args(vm, rest_args(args), name, {"sep", "maxsplit"}, 0, 0, opt));
    std::string_view text = as_bytes(self)->view();
    int64_t maxsplit = -1;
    if (!opt[1].is_null()) maxsplit = TRY(index_value(vm, opt[1]));
    if (maxsplit < 0) maxsplit = INT64_MAX;
    List* out = TRY(new_list(vm));
    auto sp = [&](size_t i) { return is_space(static_cast<unsigned char>(text[i])); };
    if (opt[0].is_null() || opt[0].is_none()) {
        size_t n = text.size();
        if (!reverse) {
            size_t i = 0;
            while (maxsplit-- > 0) {
                while (i < n && sp(i)) i++;
                if (i == n) break;
                size_t j = i;
                while (i < n && !sp(i)) i++;
                TRY(add_piece(vm, out, text.substr(j, i - j)));
            }
            if (i < n) {
                while (i < n && sp(i)) i++;
                if (i != n) TRY(add_piece(vm, out, text.substr(i)));
            }
        } else {
            size_t i = n;  // exclusive end
            while (maxsplit-- > 0) {
                while (i > 0 && sp(i - 1)) i--;
                if (i == 0) break;
                size_t j = i;
                while (i > 0 && !sp(i - 1)) i--;
                TRY(add_piece(vm, out, text.substr(i, j - i)));
            }
            if (i > 0) {
                while (i > 0 && sp(i - 1)) i--;
                if (i > 0) TRY(add_piece(vm, out, text.substr(0, i)));
            }
        }
    } else {
        std::string_view sep = TRY(bytes_like_arg(vm, opt[0]));
        if (sep.empty()) return raise(vm, vm.e_ValueError, "empty separator");
        if (!reverse) {
            size_t i = 0;
            while (maxsplit-- > 0) {
                size_t pos = text.find(sep, i);
                if (pos == std::string_view::npos) break;
                TRY(add_piece(vm, out, text.substr(i, pos - i)));
                i = pos + sep.size();
            }
            TRY(add_piece(vm, out, text.substr(i)));
        } else {
            size_t j = text.size();
            while (maxsplit-- > 0 && j >= sep.size()) {
                size_t pos = text.substr(0, j).rfind(sep);
                if (pos == std::string_view::npos) break;
                TRY(add_piece(vm, out, text.substr(pos + sep.size(), j - pos - sep.size())));
                j = pos;
            }
            TRY(add_piece(vm, out, text.substr(0, j)));
        }
    }
    if (reverse && out->size > 1) {
        for (uint32_t a = 0, b = out->size - 1; a < b; a++, b--) {
            Value t = out->items[a];
            out->items[a] = out->items[b];
            out->items[b] = t;
        }
    }
    return val(out);
}
R<Value> bytes_split_m(Interpreter& vm, Args args) { return bytes_split_common(vm, args, "split", false); }
R<Value> bytes_rsplit_m(Interpreter& vm, Args args) { return bytes_split_common(vm, args, "rsplit", true); }

R<Value> bytes_splitlines_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "splitlines"));
    Value opt[1];
    TRY(parse_args(vm, rest_args(args), "splitlines", {"keepends"}, 0, 0, opt));
    if (!opt[0].is_null() && is_kind(opt[0], Kind::Float))
        return raise(vm, vm.e_TypeError, "'float' object cannot be interpreted as an integer");
    bool keepends = opt[0].is_null() ? false : TRY(truthy(vm, opt[0]));
    std::string_view text = as_bytes(self)->view();
    List* out = TRY(new_list(vm));
    size_t i = 0, n = text.size();
    while (i < n) {
        size_t j = i;
        while (j < n && text[j] != '\n' && text[j] != '\r') j++;
        size_t eol = j;
        if (j < n) {
            eol = j + 1;
            if (text[j] == '\r' && eol < n && text[eol] == '\n') eol++;
        }
        TRY(add_piece(vm, out, text.substr(i, (keepends ? eol : j) - i)));
        i = eol;
    }
    return val(out);
}

R<Value> bytes_join_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "join"));
    TRY(check_positional(vm, rest_args(args), "join", 1, 1, ArgStyle::One));
    std::string_view sep = as_bytes(self)->view();
    Value iterable = args.v[1];
    List* items;
    if (is_kind(iterable, Kind::List) || is_kind(iterable, Kind::Tuple)) {
        items = TRY(list_from_iterable(vm, iterable));
    } else {
        R<Value> it = get_iter(vm, iterable);
        if (it.failed()) {
            if (exception_matches(vm, vm.exc, vm.e_TypeError)) {
                take_exception(vm);
                return raise(vm, vm.e_TypeError, "can only join an iterable");
            }
            return Raised{};
        }
        items = TRY(list_from_iterable(vm, it.take()));
    }
    std::string out;
    for (uint32_t i = 0; i < items->size; i++) {
        std::string_view piece;
        if (!bytes_like(items->items[i], &piece))
            return raise(vm, vm.e_TypeError, "sequence item %u: expected a bytes-like object, %s found", i,
                         type_name(vm, items->items[i]));
        if (i) out.append(sep);
        out.append(piece);
    }
    return bytes_result(vm, out);
}

enum StripWhich { kLeft = 1, kRight = 2, kBoth = 3 };

R<Value> bytes_strip_common(Interpreter& vm, Args args, const char* name, int which) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    TRY(check_positional(vm, rest_args(args), name, 0, 1, ArgStyle::Clinic));
    Bytes* b = as_bytes(self);
    std::string_view text = b->view();
    bool whitespace = true;
    std::string_view chars;
    if (args.n > 1 && !args.v[1].is_none()) {
        chars = TRY(bytes_like_arg(vm, args.v[1]));
        whitespace = false;
    }
    auto strip_byte = [&](char c) {
        return whitespace ? is_space(static_cast<unsigned char>(c)) : chars.find(c) != std::string_view::npos;
    };
    size_t i = 0, j = text.size();
    if (which & kLeft)
        while (i < j && strip_byte(text[i])) i++;
    if (which & kRight)
        while (j > i && strip_byte(text[j - 1])) j--;
    if (i == 0 && j == text.size()) return exact_bytes(vm, b);
    return bytes_result(vm, text.substr(i, j - i));
}
R<Value> bytes_strip_m(Interpreter& vm, Args args) { return bytes_strip_common(vm, args, "strip", kBoth); }
R<Value> bytes_lstrip_m(Interpreter& vm, Args args) { return bytes_strip_common(vm, args, "lstrip", kLeft); }
R<Value> bytes_rstrip_m(Interpreter& vm, Args args) { return bytes_strip_common(vm, args, "rstrip", kRight); }

R<Value> bytes_replace_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "replace"));
    Args a = rest_args(args);
    TRY(check_positional(vm, a, "replace", 2, 3, ArgStyle::Clinic));
    Bytes* b = as_bytes(self);
    std::string_view from = TRY(bytes_like_arg(vm, a.v[0]));
    std::string_view to = TRY(bytes_like_arg(vm, a.v[1]));
    int64_t count = -1;
    if (a.n > 2) count = TRY(index_value(vm, a.v[2]));
    if (count < 0) count = INT64_MAX;
    std::string_view text = b->view();
    std::string out;
    if (from.empty()) {
        size_t i = 0;
        while (count > 0 && i <= text.size()) {
            out.append(to);
            count--;
            if (i == text.size()) {
                i++;
                break;
            }
            out += text[i++];
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
        if (!changed) return exact_bytes(vm, b);
        out.append(text.substr(i));
    }
    return bytes_result(vm, out);
}

R<Value> bytes_affix_common(Interpreter& vm, Args args, const char* name, bool suffix) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    TRY(check_positional(vm, rest_args(args), name, 1, 1, ArgStyle::One));
    Bytes* b = as_bytes(self);
    std::string_view affix = TRY(bytes_like_arg(vm, args.v[1]));
    std::string_view text = b->view();
    if (!affix.empty() && text.size() >= affix.size()) {
        if (!suffix && text.substr(0, affix.size()) == affix) return bytes_result(vm, text.substr(affix.size()));
        if (suffix && text.substr(text.size() - affix.size()) == affix)
            return bytes_result(vm, text.substr(0, text.size() - affix.size()));
    }
    return exact_bytes(vm, b);
}
R<Value> bytes_removeprefix_m(Interpreter& vm, Args args) { return bytes_affix_common(vm, args, "removeprefix", false); }
R<Value> bytes_removesuffix_m(Interpreter& vm, Args args) { return bytes_affix_common(vm, args, "removesuffix", true); }

// ---- case, predicates, padding ----------------------------------------------------------------------------------

enum class CaseOp { Upper, Lower, Swap, Title, Capitalize };

R<Value> bytes_case_common(Interpreter& vm, Args args, const char* name, CaseOp op) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    TRY(check_positional(vm, rest_args(args), name, 0, 0, ArgStyle::None));
    std::string out(as_bytes(self)->view());
    bool prev_cased = false;
    for (size_t i = 0; i < out.size(); i++) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        switch (op) {
            case CaseOp::Upper: out[i] = to_upper(c); break;
            case CaseOp::Lower: out[i] = to_lower(c); break;
            case CaseOp::Swap: out[i] = is_upper(c) ? to_lower(c) : to_upper(c); break;
            case CaseOp::Title: out[i] = prev_cased ? to_lower(c) : to_upper(c); break;
            case CaseOp::Capitalize: out[i] = i == 0 ? to_upper(c) : to_lower(c); break;
        }
        prev_cased = is_alpha(c);
    }
    return bytes_result(vm, out);
}
R<Value> bytes_upper_m(Interpreter& vm, Args args) { return bytes_case_common(vm, args, "upper", CaseOp::Upper); }
R<Value> bytes_lower_m(Interpreter& vm, Args args) { return bytes_case_common(vm, args, "lower", CaseOp::Lower); }
R<Value> bytes_swapcase_m(Interpreter& vm, Args args) { return bytes_case_common(vm, args, "swapcase", CaseOp::Swap); }
R<Value> bytes_title_m(Interpreter& vm, Args args) { return bytes_case_common(vm, args, "title", CaseOp::Title); }
R<Value> bytes_capitalize_m(Interpreter& vm, Args args) {
    return bytes_case_common(vm, args, "capitalize", CaseOp::Capitalize);
}

R<Value> bytes_all_of(Interpreter& vm, Args args, const char* name, bool (*pred)(unsigned char)) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    TRY(check_positional(vm, rest_args(args), name, 0, 0, ArgStyle::None));
    std::string_view text = as_bytes(self)->view();
    if (text.empty()) return Value::boolean(false);
    for (unsigned char c : text)
        if (!pred(c)) return Value::boolean(false);
    return Value::boolean(true);
}
R<Value> bytes_isalpha_m(Interpreter& vm, Args args) { return bytes_all_of(vm, args, "isalpha", is_alpha); }
R<Value> bytes_isalnum_m(Interpreter& vm, Args args) { return bytes_all_of(vm, args, "isalnum", is_alnum); }
R<Value> bytes_isdigit_m(Interpreter& vm, Args args) { return bytes_all_of(vm, args, "isdigit", is_digit); }
R<Value> bytes_isspace_m(Interpreter& vm, Args args) { return bytes_all_of(vm, args, "isspace", is_space); }

R<Value> bytes_isascii_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "isascii"));
    TRY(check_positional(vm, rest_args(args), "isascii", 0, 0, ArgStyle::None));
    for (unsigned char c : as_bytes(self)->view())
        if (c >= 0x80) return Value::boolean(false);
    return Value::boolean(true);
}

enum class CasePred { Upper, Lower, Title };

R<Value> bytes_case_pred(Interpreter& vm, Args args, const char* name, CasePred which) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    TRY(check_positional(vm, rest_args(args), name, 0, 0, ArgStyle::None));
    bool cased = false, prev_cased = false;
    for (unsigned char c : as_bytes(self)->view()) {
        switch (which) {
            case CasePred::Upper:
                if (is_lower(c)) return Value::boolean(false);
                if (is_upper(c)) cased = true;
                break;
            case CasePred::Lower:
                if (is_upper(c)) return Value::boolean(false);
                if (is_lower(c)) cased = true;
                break;
            case CasePred::Title:
                if (is_upper(c)) {
                    if (prev_cased) return Value::boolean(false);
                    prev_cased = cased = true;
                } else if (is_lower(c)) {
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
R<Value> bytes_isupper_m(Interpreter& vm, Args args) { return bytes_case_pred(vm, args, "isupper", CasePred::Upper); }
R<Value> bytes_islower_m(Interpreter& vm, Args args) { return bytes_case_pred(vm, args, "islower", CasePred::Lower); }
R<Value> bytes_istitle_m(Interpreter& vm, Args args) { return bytes_case_pred(vm, args, "istitle", CasePred::Title); }

R<Value> bytes_pad_common(Interpreter& vm, Args args, const char* name, char how) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, name));
    Args a = rest_args(args);
    TRY(check_positional(vm, a, name, 1, 2, ArgStyle::Clinic));
    Bytes* b = as_bytes(self);
    int64_t width = TRY(index_value(vm, a.v[0]));
    char fill = ' ';
    if (a.n > 1) {
        std::string_view f;
        if (!bytes_like(a.v[1], &f) || f.size() != 1)
            return raise(vm, vm.e_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                         type_name(vm, a.v[1]));
        fill = f[0];
    }
    if (width <= static_cast<int64_t>(b->size)) return exact_bytes(vm, b);
    if (static_cast<uint64_t>(width) > kMaxBytesSize) return raise_memory_error(vm);
    int64_t marg = width - b->size;
    int64_t left = how == 'c' ? marg / 2 + (marg & width & 1) : how == 'r' ? marg : 0;
    std::string out(static_cast<size_t>(left), fill);
    out.append(b->view());
    out.append(static_cast<size_t>(marg - left), fill);
    return bytes_result(vm, out);
}
R<Value> bytes_center_m(Interpreter& vm, Args args) { return bytes_pad_common(vm, args, "center", 'c'); }
R<Value> bytes_ljust_m(Interpreter& vm, Args args) { return bytes_pad_common(vm, args, "ljust", 'l'); }
R<Value> bytes_rjust_m(Interpreter& vm, Args args) { return bytes_pad_common(vm, args, "rjust", 'r'); }

R<Value> bytes_zfill_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "zfill"));
    TRY(check_positional(vm, rest_args(args), "zfill", 1, 1, ArgStyle::One));
    Bytes* b = as_bytes(self);
    int64_t width = TRY(index_value(vm, args.v[1]));
    if (width <= static_cast<int64_t>(b->size)) return exact_bytes(vm, b);
    if (static_cast<uint64_t>(width) > kMaxBytesSize) return raise_memory_error(vm);
    size_t fill = static_cast<size_t>(width - b->size);
    std::string out(fill, '0');
    out.append(b->view());
    if (b->size && (b->data[0] == '+' || b->data[0] == '-')) {
        out[0] = static_cast<char>(b->data[0]);
        out[fill] = '0';
    }
    return bytes_result(vm, out);
}

R<Value> bytes_expandtabs_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "expandtabs"));
    Value opt[1];
    TRY(parse_args(vm, rest_args(args), "expandtabs", {"tabsize"}, 0, 0, opt));
    int64_t tabsize = 8;
    if (!opt[0].is_null()) tabsize = TRY(index_value(vm, opt[0]));
    std::string out;
    int64_t col = 0;
    for (char c : as_bytes(self)->view()) {
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                if (static_cast<uint64_t>(incr) + out.size() > kMaxBytesSize)
                    return raise(vm, vm.e_OverflowError, "result too long");
                out.append(static_cast<size_t>(incr), ' ');
                col += incr;
            }
        } else {
            out += c;
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return bytes_result(vm, out);
}

R<Value> bytes_maketrans_m(Interpreter& vm, Args args) {
    // A static method: no self.
    TRY(check_positional(vm, args, "maketrans", 2, 2, ArgStyle::Clinic));
    std::string_view from = TRY(bytes_like_arg(vm, args.v[0]));
    std::string_view to = TRY(bytes_like_arg(vm, args.v[1]));
    if (from.size() != to.size())
        return raise(vm, vm.e_ValueError, "maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; i++) table[static_cast<size_t>(i)] = static_cast<char>(i);
    for (size_t i = 0; i < from.size(); i++) table[static_cast<unsigned char>(from[i])] = to[i];
    return bytes_result(vm, table);
}

R<Value> bytes_translate_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytes, "translate"));
    Value opt[2];
    TRY(parse_args(vm, rest_args(args), "translate", {"table", "delete"}, 1, 1, opt));
    std::string_view table;
    bool identity = opt[0].is_none();
    if (!identity) {
        table = TRY(bytes_like_arg(vm, opt[0]));
        if (table.size() != 256) return raise(vm, vm.e_ValueError, "translation table must be 256 characters long");
    }
    std::string_view del;
    if (!opt[1].is_null()) del = TRY(bytes_like_arg(vm, opt[1]));
    std::string out;
    for (char c : as_bytes(self)->view()) {
        if (del.find(c) != std::string_view::npos) continue;
        out += identity ? c : table[static_cast<unsigned char>(c)];
    }
    return bytes_result(vm, out);
}

}  // namespace

// ---- registration -----------------------------------------------------------------------------------------------

void init_bytes_type(Interpreter& vm) {
    Type* t = vm.t_bytes;
    add_staticmethods(vm, t, {{"__new__", bytes_new}, {"maketrans", bytes_maketrans_m}});
    add_classmethods(vm, t, {{"fromhex", bytes_fromhex_m}});
    add_methods(vm, t,
                {{"__len__", bytes_len_m},
                 {"__getitem__", bytes_getitem_m},
                 {"__contains__", bytes_contains_m},
                 {"__iter__", bytes_iter_m},
                 {"__eq__", bytes_eq_m},
                 {"__ne__", bytes_ne_m},
                 {"__lt__", bytes_lt_m},
                 {"__le__", bytes_le_m},
                 {"__gt__", bytes_gt_m},
                 {"__ge__", bytes_ge_m},
                 {"__hash__", bytes_hash_m},
                 {"__repr__", bytes_repr_m},
                 {"__add__", bytes_add_m},
                 {"__mul__", bytes_mul_m},
                 {"__rmul__", bytes_mul_m},
                 {"__getnewargs__", bytes_getnewargs_m},
                 {"decode", bytes_decode_m},
                 {"hex", bytes_hex_m},
                 {"find", bytes_find_m},
                 {"rfind", bytes_rfind_m},
                 {"index", bytes_index_m},
                 {"rindex", bytes_rindex_m},
                 {"count", bytes_count_m},
                 {"startswith", bytes_startswith_m},
                 {"endswith", bytes_endswith_m},
                 {"partition", bytes_partition_m},
                 {"rpartition", bytes_rpartition_m},
                 {"split", bytes_split_m},
                 {"rsplit", bytes_rsplit_m},
                 {"splitlines", bytes_splitlines_m},
                 {"join", bytes_join_m},
                 {"strip", bytes_strip_m},
                 {"lstrip", bytes_lstrip_m},
                 {"rstrip", bytes_rstrip_m},
                 {"replace", bytes_replace_m},
                 {"removeprefix", bytes_removeprefix_m},
                 {"removesuffix", bytes_removesuffix_m},
                 {"upper", bytes_upper_m},
                 {"lower", bytes_lower_m},
                 {"swapcase", bytes_swapcase_m},
                 {"title", bytes_title_m},
                 {"capitalize", bytes_capitalize_m},
                 {"isalpha", bytes_isalpha_m},
                 {"isalnum", bytes_isalnum_m},
                 {"isdigit", bytes_isdigit_m},
                 {"isspace", bytes_isspace_m},
                 {"isascii", bytes_isascii_m},
                 {"isupper", bytes_isupper_m},
                 {"islower", bytes_islower_m},
                 {"istitle", bytes_istitle_m},
                 {"center", bytes_center_m},
                 {"ljust", bytes_ljust_m},
                 {"rjust", bytes_rjust_m},
                 {"zfill", bytes_zfill_m},
                 {"expandtabs", bytes_expandtabs_m},
                 {"translate", bytes_translate_m}});
}

}  // namespace pyco
