// The `binascii` module: hexlify/unhexlify (b2a_hex/a2b_hex), base64 (a2b_base64 with strict_mode, b2a_base64)
// and crc32, with CPython's binascii.Error messages.
#include <cstring>
#include <string>

#include "modules/module_util.h"
#include "modules/modules.h"

namespace pyco {

namespace {

Raised binascii_error(Interpreter& vm, const char* msg) {
    R<Value> mod = dict_get(vm, vm.modules, val(TRY(intern(vm, "binascii"))));
    if (mod.failed()) return Raised{};
    Value cls;
    if (is_kind(mod.take(), Kind::Module)) cls = dict_get_str(static_cast<Module*>(mod.take().as_obj())->dict, TRY(intern(vm, "Error")));
    if (cls.is_null()) return raise(vm, vm.e_ValueError, "%s", msg);
    R<Str*> m = new_str(vm, msg);
    if (m.failed()) return Raised{};
    R<Value> exc = call1(vm, cls, val(m.take()));
    if (exc.failed()) return Raised{};
    return raise_value(vm, exc.take());
}

R<std::string_view> bytes_arg(Interpreter& vm, Value v) {
    if (is_kind(v, Kind::Bytes)) return as_bytes(v)->view();
    if (is_kind(v, Kind::ByteArray)) {
        auto* b = static_cast<ByteArray*>(v.as_obj());
        return std::string_view(reinterpret_cast<const char*>(b->data), b->size);
    }
    return raise(vm, vm.e_TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
}

// The a2b_* functions also take ASCII-only str.
R<std::string_view> ascii_arg(Interpreter& vm, Value v) {
    if (is_kind(v, Kind::Str)) {
        if (!as_str(v)->ascii) return raise(vm, vm.e_ValueError, "string argument should contain only ASCII characters");
        return as_str(v)->view();
    }
    if (!is_kind(v, Kind::Bytes) && !is_kind(v, Kind::ByteArray))
        return raise(vm, vm.e_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", type_name(vm, v));
    return bytes_arg(vm, v);
}

R<Value> ba_hexlify(Interpreter& vm, Args args) {
    Value a[3];
    TRY(parse_args(vm, args, "hexlify", {"data", "sep", "bytes_per_sep"}, 1, 0, a));
    std::string_view data = TRY(bytes_arg(vm, a[0]));
    static const char hex[] = "0123456789abcdef";
    char sep = 0;
    int64_t per = a[2].is_null() ? 1 : TRY(index_value(vm, a[2]));
    if (!a[1].is_null() && !a[1].is_none()) {
        std::string_view s;
        if (is_kind(a[1], Kind::Str)) {
            if (as_str(a[1])->length != 1) return raise(vm, vm.e_ValueError, "sep must be length 1.");
            size_t adv;
            uint32_t cp = utf8_decode(as_str(a[1])->data, &adv);
            if (cp > 0x7f) return raise(vm, vm.e_ValueError, "sep must be ASCII.");
            sep = static_cast<char>(cp);
        } else {
            s = TRY(bytes_arg(vm, a[1]));
            if (s.size() != 1) return raise(vm, vm.e_ValueError, "sep must be length 1.");
            sep = s[0];
        }
    }
    std::string out;
    size_t n = data.size();
    uint64_t group = per < 0 ? static_cast<uint64_t>(-per) : static_cast<uint64_t>(per);
    for (size_t i = 0; i < n; i++) {
        if (sep && group && i > 0) {
            // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) out += sep;
        }
        unsigned char c = static_cast<unsigned char>(data[i]);
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    return val(TRY(new_bytes(vm, out)));
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

R<Value> ba_unhexlify(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "unhexlify", 1, 1));
    std::string_view s = TRY(ascii_arg(vm, args.v[0]));
    if (s.size() % 2) return binascii_error(vm, "Odd-length string");
    std::string out;
    for (size_t i = 0; i < s.size(); i += 2) {
        int hi = hex_value(s[i]), lo = hex_value(s[i + 1]);
        if (hi < 0 || lo < 0) return binascii_error(vm, "Non-hexadecimal digit found");
        out += static_cast<char>(hi * 16 + lo);
    }
    return val(TRY(new_bytes(vm, out)));
}

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

R<Value> ba_b2a_base64(Interpreter& vm, Args args) {
    if (args.n > 1) return raise(vm, vm.e_TypeError, "b2a_base64() takes exactly 1 positional argument (%u given)", args.n);
    Value a[2];
    TRY(parse_args(vm, args, "b2a_base64", {"data", "newline"}, 1, 1, a));
    std::string_view d = TRY(bytes_arg(vm, a[0]));
    bool newline = a[1].is_null() ? true : TRY(truthy(vm, a[1]));
    std::string out;
    size_t i = 0;
    for (; i + 3 <= d.size(); i += 3) {
        uint32_t v = (uint32_t(uint8_t(d[i])) << 16) | (uint32_t(uint8_t(d[i + 1])) << 8) | uint8_t(d[i + 2]);
        out += kB64[v >> 18];
        out += kB64[(v >> 12) & 63];
        out += kB64[(v >> 6) & 63];
        out += kB64[v & 63];
    }
    if (d.size() - i == 1) {
        uint32_t v = uint32_t(uint8_t(d[i])) << 16;
        out += kB64[v >> 18];
        out += kB64[(v >> 12) & 63];
        out += "==";
    } else if (d.size() - i == 2) {
        uint32_t v = (uint32_t(uint8_t(d[i])) << 16) | (uint32_t(uint8_t(d[i + 1])) << 8);
        out += kB64[v >> 18];
        out += kB64[(v >> 12) & 63];
        out += kB64[(v >> 6) & 63];
        out += '=';
    }
    if (newline) out += '\n';
    return val(TRY(new_bytes(vm, out)));
}

R<Value> ba_a2b_base64(Interpreter& vm, Args args) {
    if (args.n > 1) return raise(vm, vm.e_TypeError, "a2b_base64() takes exactly 1 positional argument (%u given)", args.n);
    Value a[2];
    TRY(parse_args(vm, args, "a2b_base64", {"data", "strict_mode"}, 1, 1, a));
    std::string_view s = TRY(ascii_arg(vm, a[0]));
    bool strict = a[1].is_null() ? false : TRY(truthy(vm, a[1]));
    std::string out;
    int quad_pos = 0, pads = 0;
    uint32_t left = 0;
    bool padding_started = false;
    if (strict && !s.empty() && s[0] == '=') return binascii_error(vm, "Leading padding not allowed");
    for (size_t i = 0; i < s.size(); i++) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '=') {
            padding_started = true;
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                if (strict && i + 1 < s.size()) return binascii_error(vm, "Excess data after padding");
                return val(TRY(new_bytes(vm, out)));
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) return binascii_error(vm, "Only base64 data is allowed");
            continue;
        }
        if (strict && padding_started) return binascii_error(vm, "Discontinuous padding not allowed");
        pads = 0;
        switch (quad_pos) {
            case 0:
                quad_pos = 1;
                left = static_cast<uint32_t>(v);
                break;
            case 1:
                quad_pos = 2;
                out += static_cast<char>((left << 2) | (static_cast<uint32_t>(v) >> 4));
                left = static_cast<uint32_t>(v) & 0x0f;
                break;
            case 2:
                quad_pos = 3;
                out += static_cast<char>((left << 4) | (static_cast<uint32_t>(v) >> 2));
                left = static_cast<uint32_t>(v) & 0x03;
                break;
            default:
                quad_pos = 0;
                out += static_cast<char>((left << 6) | static_cast<uint32_t>(v));
                left = 0;
        }
    }
    if (quad_pos == 1) {
        char msg[160];
        snprintf(msg, sizeof msg,
                 "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more than a multiple of 4",
                 out.size() / 3 * 4 + 1);
        return binascii_error(vm, msg);
    }
    if (quad_pos != 0) return binascii_error(vm, "Incorrect padding");
    return val(TRY(new_bytes(vm, out)));
}

R<Value> ba_crc32(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "crc32", 1, 2));
    std::string_view d = TRY(bytes_arg(vm, args.v[0]));
    uint32_t crc = 0;
    if (args.n == 2) {
        Value v = TRY(index_of(vm, args.v[1]));
        BigInt b = BigInt::and_(bigint_of(v), BigInt::from_u64(0xffffffffu));
        crc = b.is_zero() ? 0 : b.digits()[0];
    }
    crc = ~crc;
    for (unsigned char c : d) {
        crc ^= c;
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return make_int(vm, static_cast<int64_t>(~crc & 0xffffffffu));
}

constexpr const char* kBinasciiPy = R"PY(
class Error(ValueError):
    pass

class Incomplete(Exception):
    pass

Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'
)PY";

}  // namespace

Status init_binascii_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "binascii"));
    TRY(module_add_functions(vm, m, {{"hexlify", ba_hexlify}, {"b2a_hex", ba_hexlify}, {"unhexlify", ba_unhexlify},
                                     {"a2b_hex", ba_unhexlify}, {"b2a_base64", ba_b2a_base64},
                                     {"a2b_base64", ba_a2b_base64}, {"crc32", ba_crc32}}));
    TRY(module_exec(vm, m, kBinasciiPy));
    return Status::ok();
}

}  // namespace pyco
