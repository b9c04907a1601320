// The `struct` module: packing values to bytes and back by format strings, with every format character, the
// byte orders @ = < > !, native alignment, and CPython's struct.error messages. Struct objects and iter_unpack
// are a small Python layer (kStructPy).
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "modules/module_util.h"
#include "modules/modules.h"

namespace pyco {

namespace {

struct Item {
    char code;
    size_t count;   // repeat count (for s/p: the byte length)
    size_t size;    // bytes of one value
    size_t offset;  // of the first value
};

struct Layout {
    bool little;   // byte order of the packed data
    bool native;   // '@': native sizes and alignment
    std::vector<Item> items;
    size_t size = 0;
    size_t nvalues = 0;  // values consumed by pack / produced by unpack
};

Raised struct_error(Interpreter& vm, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
Raised struct_error(Interpreter& vm, const char* fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    R<Value> mod = dict_get(vm, vm.modules, val(TRY(intern(vm, "struct"))));
    if (mod.failed()) return Raised{};
    Value cls;
    if (is_kind(mod.take(), Kind::Module)) cls = dict_get_str(static_cast<Module*>(mod.take().as_obj())->dict, TRY(intern(vm, "error")));
    if (cls.is_null()) return raise(vm, vm.e_ValueError, "%s", buf);
    R<Str*> msg = new_str(vm, buf);
    if (msg.failed()) return Raised{};
    R<Value> exc = call1(vm, cls, val(msg.take()));
    if (exc.failed()) return Raised{};
    return raise_value(vm, exc.take());
}

bool host_little() {
    uint16_t x = 1;
    uint8_t b;
    std::memcpy(&b, &x, 1);
    return b == 1;
}

// Size of one value of `code` in native ('@', '=' use native sizes only with '@') or standard mode; 0 if invalid.
size_t code_size(char code, bool native) {
    switch (code) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
        case 'h': case 'H': case 'e': return 2;
        case 'i': case 'I': case 'f': return 4;
        case 'l': case 'L': return native ? sizeof(long) : 4;
        case 'q': case 'Q': case 'd': return 8;
        case 'n': case 'N': return native ? sizeof(size_t) : 0;
        case 'P': return native ? sizeof(void*) : 0;
        default: return 0;
    }
}

R<Str*> format_arg(Interpreter& vm, Value fmt) {
    if (is_kind(fmt, Kind::Str)) return as_str(fmt);
    if (is_kind(fmt, Kind::Bytes)) return new_str(vm, as_bytes(fmt)->view());
    return raise(vm, vm.e_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", type_name(vm, fmt));
}

R<Layout> parse_format(Interpreter& vm, Value fmt_value) {
    std::string_view f = TRY(format_arg(vm, fmt_value))->view();
    Layout l;
    l.native = true;
    l.little = host_little();
    size_t i = 0;
    if (!f.empty()) {
        switch (f[0]) {
            case '@': i = 1; break;
            case '=': l.native = false; i = 1; break;
            case '<': l.native = false; l.little = true; i = 1; break;
            case '>': case '!': l.native = false; l.little = false; i = 1; break;
            default: break;
        }
    }
    size_t offset = 0;
    while (i < f.size()) {
        char c = f[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        size_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < f.size() && f[i] >= '0' && f[i] <= '9') {
                if (count > (SIZE_MAX - 9) / 10) return struct_error(vm, "total struct size too long");
                count = count * 10 + static_cast<size_t>(f[i] - '0');
                i++;
            }
            if (i >= f.size()) return struct_error(vm, "repeat count given without format specifier");
            c = f[i];
        }
        i++;
        size_t size = code_size(c, l.native);
        if (size == 0) return struct_error(vm, "bad char in struct format");
        if (l.native && size > 1 && c != 's' && c != 'p') offset = (offset + size - 1) / size * size;
        Item it{c, count, size, offset};
        l.items.push_back(it);
        size_t bytes = (c == 's' || c == 'p') ? count : count * size;
        offset += bytes;
        if (c == 's' || c == 'p') l.nvalues += 1;
        else if (c != 'x') l.nvalues += count;
    }
    l.size = offset;
    return l;
}

void put_uint(uint8_t* p, uint64_t v, size_t size, bool little) {
    for (size_t k = 0; k < size; k++) {
        uint8_t byte = static_cast<uint8_t>(v >> (8 * k));
        p[little ? k : size - 1 - k] = byte;
    }
}

uint64_t get_uint(const uint8_t* p, size_t size, bool little) {
    uint64_t v = 0;
    for (size_t k = 0; k < size; k++) v |= static_cast<uint64_t>(p[little ? k : size - 1 - k]) << (8 * k);
    return v;
}

// IEEE 754 half precision, rounding half to even; false on overflow.
bool pack_half(double x, uint16_t* out) {
    uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    double a = std::fabs(x);
    if (std::isnan(x)) {
        *out = sign | 0x7e00;
        return true;
    }
    if (std::isinf(x)) {
        *out = sign | 0x7c00;
        return true;
    }
    if (a == 0) {
        *out = sign;
        return true;
    }
    int e;
    double f = std::frexp(a, &e);  // a = f * 2**e, 0.5 <= f < 1
    f *= 2;
    e -= 1;                        // a = f * 2**e, 1 <= f < 2
    if (e >= 16) return false;
    uint32_t bits;
    if (e < -14) {
        bits = static_cast<uint32_t>(std::nearbyint(std::ldexp(a, 24)));  // subnormal (may round up to the min normal)
    } else {
        uint32_t m = static_cast<uint32_t>(std::nearbyint((f - 1) * 1024));
        uint32_t ex = static_cast<uint32_t>(e + 15);
        if (m == 1024) {
            m = 0;
            ex++;
        }
        if (ex >= 31) return false;
        bits = (ex << 10) | m;
    }
    *out = static_cast<uint16_t>(sign | bits);
    return true;
}

double unpack_half(uint16_t h) {
    int sign = h >> 15;
    int ex = (h >> 10) & 0x1f;
    int m = h & 0x3ff;
    double v;
    if (ex == 0) v = std::ldexp(m, -24);
    else if (ex == 31) v = m ? NAN : INFINITY;
    else v = std::ldexp(m + 1024, ex - 25);
    return sign ? -v : v;
}

// Any bytes-like object (bytes, bytearray, array) as its bytes; callers check is_buffer first.
std::string_view buffer_view(Value v) {
    std::string_view out;
    (void)pyco::buffer_view(v, &out);
    return out;
}

bool is_buffer(Value v) { return is_kind(v, Kind::Bytes) || is_kind(v, Kind::ByteArray); }

Status pack_int(Interpreter& vm, const Layout& l, char code, size_t size, Value v, uint8_t* p) {
    if (!is_int_value(v)) {
        bool found = false;
        Value r = TRY(lookup_special(vm, v, vm.n___index__));
        found = !r.is_null();
        if (!found || is_kind(v, Kind::Float)) return struct_error(vm, "required argument is not an integer");
        v = TRY(index_of(vm, v));
    }
    bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' || code == 'N' || code == 'P';
    bool small_check = code == 'B' || code == 'H';  // checked as signed values, with their own messages
    int64_t s;
    if (!is_unsigned || small_check) {
        if (!int_fits_i64(v, &s)) return struct_error(vm, "argument out of range");
        if (code == 'b' && (s < -128 || s > 127)) return struct_error(vm, "byte format requires -128 <= number <= 127");
        if (code == 'B' && (s < 0 || s > 255)) return struct_error(vm, "ubyte format requires 0 <= number <= 255");
        if (code == 'h' && (s < -32768 || s > 32767)) return struct_error(vm, "short format requires -32768 <= number <= 32767");
        if (code == 'H' && (s < 0 || s > 65535)) return struct_error(vm, "ushort format requires 0 <= number <= 65535");
        if (size < 8) {
            int64_t lo = -(int64_t(1) << (8 * size - 1)), hi = (int64_t(1) << (8 * size - 1)) - 1;
            if (!small_check && (s < lo || s > hi))
                return struct_error(vm, "'%c' format requires %lld <= number <= %lld", code, (long long)lo, (long long)hi);
        }
        put_uint(p, static_cast<uint64_t>(s), size, l.little);
        return Status::ok();
    }
    if (int_is_negative(v)) return struct_error(vm, "argument out of range");
    BigInt b = bigint_of(v);
    if (b.bit_length() > 64) return struct_error(vm, "argument out of range");
    uint64_t u = 0;
    for (size_t k = 0; k < b.digit_count(); k++) u |= static_cast<uint64_t>(b.digits()[k]) << (32 * k);
    if (size < 8 && u > (uint64_t(1) << (8 * size)) - 1)
        return struct_error(vm, "'%c' format requires 0 <= number <= %llu", code, (unsigned long long)((uint64_t(1) << (8 * size)) - 1));
    put_uint(p, u, size, l.little);
    return Status::ok();
}

Status pack_one(Interpreter& vm, const Layout& l, const Item& it, Value v, uint8_t* p) {
    switch (it.code) {
        case 'c':
            if (!is_buffer(v) || buffer_view(v).size() != 1)
                return struct_error(vm, "char format requires a bytes object of length 1");
            *p = static_cast<uint8_t>(buffer_view(v)[0]);
            return Status::ok();
        case '?':
            *p = TRY(truthy(vm, v)) ? 1 : 0;
            return Status::ok();
        case 'e': case 'f': case 'd': {
            if (!is_kind(v, Kind::Float) && !is_int_value(v)) {
                Value f = TRY(lookup_special(vm, v, vm.n___float__));
                Value i = f.is_null() ? TRY(lookup_special(vm, v, vm.n___index__)) : f;
                if (i.is_null()) return struct_error(vm, "required argument is not a float");
            }
            double d = TRY(real_to_double(vm, v));
            if (it.code == 'd') {
                uint64_t bits;
                std::memcpy(&bits, &d, 8);
                put_uint(p, bits, 8, l.little);
            } else if (it.code == 'f') {
                float f = static_cast<float>(d);
                if (std::isinf(f) && !std::isinf(d))
                    return raise(vm, vm.e_OverflowError, "float too large to pack with f format");
                uint32_t bits;
                std::memcpy(&bits, &f, 4);
                put_uint(p, bits, 4, l.little);
            } else {
                uint16_t h;
                if (!pack_half(d, &h)) return raise(vm, vm.e_OverflowError, "float too large to pack with e format");
                put_uint(p, h, 2, l.little);
            }
            return Status::ok();
        }
        default:
            return pack_int(vm, l, it.code, it.size, v, p);
    }
}

// Packs values[0..l.nvalues) into out (l.size bytes, zero-filled by the caller).
Status pack_values(Interpreter& vm, const Layout& l, const Value* values, uint8_t* out) {
    size_t vi = 0;
    for (const Item& it : l.items) {
        uint8_t* p = out + it.offset;
        if (it.code == 'x') continue;
        if (it.code == 's' || it.code == 'p') {
            Value v = values[vi++];
            if (!is_buffer(v)) return struct_error(vm, "argument for '%c' must be a bytes object", it.code);
            std::string_view data = buffer_view(v);
            if (it.code == 's') {
                std::memcpy(p, data.data(), data.size() < it.count ? data.size() : it.count);
            } else if (it.count > 0) {
                size_t n = data.size();
                if (n > it.count - 1) n = it.count - 1;
                std::memcpy(p + 1, data.data(), n);
                p[0] = static_cast<uint8_t>(n > 255 ? 255 : n);
            }
            continue;
        }
        for (size_t k = 0; k < it.count; k++) TRY(pack_one(vm, l, it, values[vi++], p + k * it.size));
    }
    return Status::ok();
}

R<Value> unpack_one(Interpreter& vm, const Layout& l, char code, size_t size, const uint8_t* p) {
    switch (code) {
        case 'c': return val(TRY(new_bytes(vm, std::string_view(reinterpret_cast<const char*>(p), 1))));
        case '?': return Value::boolean(*p != 0);
        case 'e': return new_float(vm, unpack_half(static_cast<uint16_t>(get_uint(p, 2, l.little))));
        case 'f': {
            uint32_t bits = static_cast<uint32_t>(get_uint(p, 4, l.little));
            float f;
            std::memcpy(&f, &bits, 4);
            return new_float(vm, f);
        }
        case 'd': {
            uint64_t bits = get_uint(p, 8, l.little);
            double d;
            std::memcpy(&d, &bits, 8);
            return new_float(vm, d);
        }
        case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
            uint64_t u = get_uint(p, size, l.little);
            if (size < 8 && (u >> (8 * size - 1)) & 1) u |= ~uint64_t(0) << (8 * size);
            return make_int(vm, static_cast<int64_t>(u));
        }
        default: {
            uint64_t u = get_uint(p, size, l.little);
            if (u <= static_cast<uint64_t>(INT64_MAX)) return make_int(vm, static_cast<int64_t>(u));
            return int_of_bigint(vm, BigInt::from_u64(u));
        }
    }
}

R<Value> unpack_values(Interpreter& vm, const Layout& l, const uint8_t* data) {
    Tuple* t = TRY(new_tuple(vm, static_cast<uint32_t>(l.nvalues)));
    for (uint32_t k = 0; k < t->size; k++) t->items[k] = Value::none();
    uint32_t vi = 0;
    for (const Item& it : l.items) {
        const uint8_t* p = data + it.offset;
        if (it.code == 'x') continue;
        if (it.code == 's' || it.code == 'p') {
            size_t n = it.count;
            const uint8_t* start = p;
            if (it.code == 'p') {
                n = it.count == 0 ? 0 : p[0];
                if (it.count > 0 && n > it.count - 1) n = it.count - 1;
                start = p + 1;
            }
            t->items[vi++] = val(TRY(new_bytes(vm, std::string_view(reinterpret_cast<const char*>(start), n))));
            continue;
        }
        for (size_t k = 0; k < it.count; k++) t->items[vi++] = TRY(unpack_one(vm, l, it.code, it.size, p + k * it.size));
    }
    return val(t);
}

R<Value> struct_pack(Interpreter& vm, Args args) {
    if (args.nkw()) return raise(vm, vm.e_TypeError, "pack() takes no keyword arguments");
    if (args.n == 0) return raise(vm, vm.e_TypeError, "missing format argument");
    Layout l = TRY(parse_format(vm, args.v[0]));
    if (args.n - 1 != l.nvalues)
        return struct_error(vm, "pack expected %zu items for packing (got %u)", l.nvalues, args.n - 1);
    std::string out(l.size, '\0');
    TRY(pack_values(vm, l, args.v + 1, reinterpret_cast<uint8_t*>(out.data())));
    return val(TRY(new_bytes(vm, out)));
}

Status need_buffer(Interpreter& vm, Value v) {
    std::string_view ignored;
    if (!pyco::buffer_view(v, &ignored)) return raise(vm, vm.e_TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
    return Status::ok();
}

R<Value> struct_unpack(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "unpack", 2, 2));
    Layout l = TRY(parse_format(vm, args.v[0]));
    TRY(need_buffer(vm, args.v[1]));
    std::string_view data = buffer_view(args.v[1]);
    if (data.size() != l.size) return struct_error(vm, "unpack requires a buffer of %zu bytes", l.size);
    std::string copy(data);  // the buffer (a bytearray) could change while values are made
    return unpack_values(vm, l, reinterpret_cast<const uint8_t*>(copy.data()));
}

R<Value> struct_unpack_from(Interpreter& vm, Args args) {
    Value a[3];
    TRY(parse_args(vm, args, "unpack_from", {"format", "buffer", "offset"}, 2, 1, a));
    Layout l = TRY(parse_format(vm, a[0]));
    TRY(need_buffer(vm, a[1]));
    std::string_view data = buffer_view(a[1]);
    int64_t offset = a[2].is_null() ? 0 : TRY(index_value(vm, a[2]));
    int64_t n = static_cast<int64_t>(data.size());
    if (offset < 0) {
        if (offset + n < 0) return struct_error(vm, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)n);
        offset += n;
    }
    if (n - offset < static_cast<int64_t>(l.size))
        return struct_error(vm, "unpack_from requires a buffer of at least %lld bytes for unpacking %zu bytes at offset %lld (actual buffer size is %lld)",
                            (long long)(offset + static_cast<int64_t>(l.size)), l.size, (long long)offset, (long long)n);
    std::string copy(data.substr(static_cast<size_t>(offset), l.size));
    return unpack_values(vm, l, reinterpret_cast<const uint8_t*>(copy.data()));
}

R<Value> struct_pack_into(Interpreter& vm, Args args) {
    if (args.nkw()) return raise(vm, vm.e_TypeError, "pack_into() takes no keyword arguments");
    if (args.n == 0) return raise(vm, vm.e_TypeError, "missing format argument");
    Layout l = TRY(parse_format(vm, args.v[0]));
    if (args.n < 3) {
        if (args.n == 1) return raise(vm, vm.e_TypeError, "pack_into expected buffer argument");
        return raise(vm, vm.e_TypeError, "pack_into expected offset argument");
    }
    if (args.n - 3 != l.nvalues)
        return struct_error(vm, "pack_into expected %zu items for packing (got %u)", l.nvalues, args.n - 3);
    uint8_t* buf_data;
    size_t buf_size;
    if (!writable_buffer(args.v[1], &buf_data, &buf_size))
        return raise(vm, vm.e_TypeError, "argument must be read-write bytes-like object, not %s", type_name(vm, args.v[1]));
    int64_t offset = TRY(index_value(vm, args.v[2]));
    std::string out(l.size, '\0');
    TRY(pack_values(vm, l, args.v + 3, reinterpret_cast<uint8_t*>(out.data())));
    (void)writable_buffer(args.v[1], &buf_data, &buf_size);  // again: packing may have run Python code
    int64_t n = static_cast<int64_t>(buf_size);
    if (offset < 0) {
        if (offset + n < 0) return struct_error(vm, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)n);
        offset += n;
    }
    if (n - offset < static_cast<int64_t>(l.size)) {
        if (offset > n) return struct_error(vm, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)n);
        return struct_error(vm, "pack_into requires a buffer of at least %lld bytes for packing %zu bytes at offset %lld (actual buffer size is %lld)",
                            (long long)(offset + static_cast<int64_t>(l.size)), l.size, (long long)offset, (long long)n);
    }
    std::memcpy(buf_data + offset, out.data(), l.size);
    return Value::none();
}

// iter_unpack's (kStructPy) argument as bytes: a copy of any bytes-like object.
R<Value> struct_buffer_bytes(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_buffer_bytes", 1, 1));
    TRY(need_buffer(vm, args.v[0]));
    if (is_kind(args.v[0], Kind::Bytes)) return args.v[0];
    return val(TRY(new_bytes(vm, buffer_view(args.v[0]))));
}

R<Value> struct_calcsize(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "calcsize", 1, 1));
    Layout l = TRY(parse_format(vm, args.v[0]));
    return make_int(vm, static_cast<int64_t>(l.size));
}

constexpr const char* kStructPy = R"PY(
class error(Exception):
    pass

error.__module__ = 'struct'

def iter_unpack(format, buffer):
    size = calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    buffer = _buffer_bytes(buffer)
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return (unpack_from(format, buffer, i) for i in range(0, len(buffer), size))

class Struct:
    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s' % type(format).__name__)
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

Struct.__module__ = 'struct'
)PY";

}  // namespace

Status init_struct_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "struct"));
    TRY(module_add_functions(vm, m, {{"pack", struct_pack}, {"_buffer_bytes", struct_buffer_bytes}, {"unpack", struct_unpack}, {"unpack_from", struct_unpack_from},
                                     {"pack_into", struct_pack_into}, {"calcsize", struct_calcsize}}));
    TRY(module_exec(vm, m, kStructPy));
    return Status::ok();
}

}  // namespace pyco
