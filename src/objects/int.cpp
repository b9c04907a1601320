// int and bool: the small-int / heap-Int representation, integer arithmetic, parsing and formatting, and the
// methods of the int and bool types.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/bigint.h"
#include "objects/float_format.h"
#include "objects/objects.h"
#include "objects/unicode.h"

namespace pyco {

namespace {

// CPython 3.11's default sys.get_int_max_str_digits().
constexpr int64_t kMaxStrDigits = 4300;
// A number with at least this many bits has more than kMaxStrDigits decimal digits.
constexpr uint64_t kMaxStrBits = 14286;

constexpr const char* kToStrLimitMessage =
    "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the "
    "limit";

Int* as_int_obj(Value v) { return static_cast<Int*>(v.as_obj()); }

// Results larger than the whole heap can never be stored: refuse them before computing.
uint64_t max_result_bits(Interpreter& vm) { return static_cast<uint64_t>(vm.config.heap_size) * 8; }

// The value of any int form as an int64 when it is in the small range (subclass instances included).
bool as_small(Value v, int64_t* out) {
    if (v.is_int()) {
        *out = v.as_int();
        return true;
    }
    if (v.is_bool()) {
        *out = v.is_true() ? 1 : 0;
        return true;
    }
    Int* o = as_int_obj(v);
    if (o->ndigits > 2) return false;
    uint64_t mag = o->ndigits == 0 ? 0 : o->digits[0];
    if (o->ndigits == 2) mag |= static_cast<uint64_t>(o->digits[1]) << 32;
    if (mag > static_cast<uint64_t>(Value::kSmallMax)) return false;
    *out = o->negative ? -static_cast<int64_t>(mag) : static_cast<int64_t>(mag);
    return true;
}

BigInt to_big(Value v) {
    if (v.is_int()) return BigInt::from_i64(v.as_int());
    if (v.is_bool()) return BigInt::from_i64(v.is_true() ? 1 : 0);
    Int* o = as_int_obj(v);
    return BigInt(o->negative, o->digits, o->ndigits);
}

R<Value> alloc_int_digits(Interpreter& vm, Type* type, bool negative, const uint32_t* digits, size_t n) {
    if (n > (UINT32_MAX >> 3)) return raise_memory_error(vm);
    Int* o = TRY(alloc<Int>(vm, type, n * 4));
    o->ndigits = static_cast<uint32_t>(n);
    o->negative = negative && n > 0;
    if (n) std::memcpy(o->digits, digits, n * 4);
    return val(o);
}

// A normalized int: small when it fits.
R<Value> from_big(Interpreter& vm, const BigInt& b) {
    if (b.fits_i64()) {
        int64_t i = b.to_i64();
        if (Value::fits_small(i)) return Value::small_int(static_cast<intptr_t>(i));
    }
    return alloc_int_digits(vm, vm.t_int_, b.is_negative(), b.digits(), b.digit_count());
}

// An instance of int subclass `cls` holding the value of int v (subclass instances are always heap Ints).
R<Value> int_of_type(Interpreter& vm, Type* cls, Value v) {
    if (cls == vm.t_int_) return int_exact(vm, v);
    BigInt b = to_big(v);
    return alloc_int_digits(vm, cls, b.is_negative(), b.digits(), b.digit_count());
}

Raised zero_division(Interpreter& vm, const char* msg) { return raise(vm, vm.e_ZeroDivisionError, "%s", msg); }

Raised too_large_for_float(Interpreter& vm) {
    return raise(vm, vm.e_OverflowError, "int too large to convert to float");
}

// int ** negative int: computed in floating point, as CPython does.
R<Value> pow_negative(Interpreter& vm, Value a, Value b) {
    double x, y;
    if (!int_to_double(a, &x) || !int_to_double(b, &y)) return too_large_for_float(vm);
    int err = kPowOk;
    double r = float_pow(x, y, &err);
    if (err == kPowZeroDivision) return zero_division(vm, "0.0 cannot be raised to a negative power");
    if (err == kPowOverflow) return raise(vm, vm.e_OverflowError, "(34, 'Numerical result out of range')");
    return new_float(vm, r);
}

// Both operands in the small range. Returns a null Value when the result needs the BigInt path.
R<Value> small_binary(Interpreter& vm, BinOp op, int64_t x, int64_t y) {
    switch (op) {
        case BinOp::Add: return make_int(vm, x + y);  // |x|,|y| < 2^62: no int64 overflow
        case BinOp::Sub: return make_int(vm, x - y);
        case BinOp::Mul: {
            int64_t r;
            if (__builtin_mul_overflow(x, y, &r)) return Value();
            return make_int(vm, r);
        }
        case BinOp::TrueDiv: {
            if (y == 0) return zero_division(vm, "division by zero");
            constexpr int64_t kExact = int64_t{1} << 53;
            if (x > kExact || x < -kExact || y > kExact || y < -kExact) return Value();
            return new_float(vm, static_cast<double>(x) / static_cast<double>(y));
        }
        case BinOp::FloorDiv: {
            if (y == 0) return zero_division(vm, "integer division or modulo by zero");
            int64_t q = x / y, r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) q--;
            return make_int(vm, q);
        }
        case BinOp::Mod: {
            if (y == 0) return zero_division(vm, "integer modulo by zero");
            int64_t r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            return Value::small_int(static_cast<intptr_t>(r));
        }
        case BinOp::Pow: {
            if (y < 0) return Value();
            int64_t result = 1, base = x;
            uint64_t e = static_cast<uint64_t>(y);
            while (true) {
                if (e & 1) {
                    if (__builtin_mul_overflow(result, base, &result)) return Value();
                }
                e >>= 1;
                if (!e) break;
                if (__builtin_mul_overflow(base, base, &base)) return Value();
            }
            return make_int(vm, result);
        }
        case BinOp::LShift: {
            if (y < 0) return raise(vm, vm.e_ValueError, "negative shift count");
            if (x == 0) return Value::small_int(0);
            if (y >= 63) return Value();
            int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << y);
            if ((r >> y) != x) return Value();
            return make_int(vm, r);
        }
        case BinOp::RShift:
            if (y < 0) return raise(vm, vm.e_ValueError, "negative shift count");
            if (y >= 63) return Value::small_int(x < 0 ? -1 : 0);
            return Value::small_int(static_cast<intptr_t>(x >> y));
        case BinOp::And: return Value::small_int(static_cast<intptr_t>(x & y));
        case BinOp::Or: return Value::small_int(static_cast<intptr_t>(x | y));
        case BinOp::Xor: return Value::small_int(static_cast<intptr_t>(x ^ y));
        case BinOp::MatMul: return vm.not_implemented;
    }
    return vm.not_implemented;
}

R<Value> big_binary(Interpreter& vm, BinOp op, Value av, Value bv) {
    if (op == BinOp::MatMul) return vm.not_implemented;
    BigInt a = to_big(av), b = to_big(bv);
    switch (op) {
        case BinOp::Add: return from_big(vm, BigInt::add(a, b));
        case BinOp::Sub: return from_big(vm, BigInt::sub(a, b));
        case BinOp::Mul:
            if (a.bit_length() + b.bit_length() > max_result_bits(vm)) return raise_memory_error(vm);
            return from_big(vm, BigInt::mul(a, b));
        case BinOp::TrueDiv: {
            if (b.is_zero()) return zero_division(vm, "division by zero");
            double d;
            if (!BigInt::truediv(a, b, &d))
                return raise(vm, vm.e_OverflowError, "integer division result too large for a float");
            return new_float(vm, d);
        }
        case BinOp::FloorDiv:
            if (b.is_zero()) return zero_division(vm, "integer division or modulo by zero");
            return from_big(vm, BigInt::floordiv(a, b));
        case BinOp::Mod:
            if (b.is_zero()) return zero_division(vm, "integer modulo by zero");
            return from_big(vm, BigInt::mod(a, b));
        case BinOp::Pow: {
            if (b.is_negative()) return pow_negative(vm, av, bv);
            if (b.is_zero()) return Value::small_int(1);
            uint64_t abits = a.bit_length();
            if (abits <= 1) {  // 0, 1, -1
                if (a.is_negative() && (b.digits()[0] & 1) == 0) return Value::small_int(1);
                return from_big(vm, a);
            }
            if (!b.fits_i64()) return raise_memory_error(vm);
            uint64_t e = static_cast<uint64_t>(b.to_i64());
            if (e > max_result_bits(vm) || (abits - 1) * e > max_result_bits(vm)) return raise_memory_error(vm);
            return from_big(vm, BigInt::pow(a, e));
        }
        case BinOp::LShift: {
            if (b.is_negative()) return raise(vm, vm.e_ValueError, "negative shift count");
            if (a.is_zero()) return Value::small_int(0);
            if (!b.fits_i64()) return raise(vm, vm.e_OverflowError, "too many digits in integer");
            uint64_t n = static_cast<uint64_t>(b.to_i64());
            if (n > max_result_bits(vm) || a.bit_length() + n > max_result_bits(vm)) return raise_memory_error(vm);
            return from_big(vm, BigInt::lshift(a, n));
        }
        case BinOp::RShift: {
            if (b.is_negative()) return raise(vm, vm.e_ValueError, "negative shift count");
            if (!b.fits_i64()) return Value::small_int(a.is_negative() ? -1 : 0);
            return from_big(vm, BigInt::rshift(a, static_cast<uint64_t>(b.to_i64())));
        }
        case BinOp::And: return from_big(vm, BigInt::and_(a, b));
        case BinOp::Or: return from_big(vm, BigInt::or_(a, b));
        case BinOp::Xor: return from_big(vm, BigInt::xor_(a, b));
        case BinOp::MatMul: break;
    }
    return vm.not_implemented;
}

// Replaces non-ASCII decimal digits by ASCII ones and Unicode spaces by ' ', as CPython does before parsing
// (BigInt::parse knows only ASCII).
std::string transliterate_digits(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            i++;
            continue;
        }
        size_t adv = 1;
        uint32_t cp = utf8_decode(text.data() + i, &adv);
        if (adv == 0) adv = 1;
        int d = unicode::decimal_value(cp);
        if (d >= 0) {
            out += static_cast<char>('0' + d);
        } else if (unicode::is_space(cp)) {
            out += ' ';
        } else {
            out.append(text.substr(i, adv));
        }
        i += adv;
    }
    return out;
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// CPython counts the digits of a non-power-of-two base literal before converting and refuses over 4300.
// Returns the digit count (0 when the limit does not apply).
int64_t literal_digit_count(std::string_view s, int base) {
    size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) i++;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
    if (base == 0) {
        base = 10;
        if (i + 1 < s.size() && s[i] == '0') {
            char p = static_cast<char>(s[i + 1] | 0x20);
            if (p == 'x' || p == 'o' || p == 'b') return 0;
        }
    }
    if ((base & (base - 1)) == 0) return 0;
    int64_t n = 0;
    for (; i < s.size(); i++) {
        if (s[i] == '_') continue;
        if (digit_value(s[i]) >= base) break;
        n++;
    }
    return n;
}

// Parses text in base; on failure raises ValueError naming `shown` (the repr of the original argument).
R<Value> parse_with_message(Interpreter& vm, std::string_view text, int base, Value original) {
    if (base != 0 && (base < 2 || base > 36))
        return raise(vm, vm.e_ValueError, "int() base must be >= 2 and <= 36, or 0");
    std::string ascii;
    for (unsigned char c : text) {
        if (c >= 0x80) {
            ascii = transliterate_digits(text);
            text = ascii;
            break;
        }
    }
    int64_t ndigits = literal_digit_count(text, base);
    if (ndigits > kMaxStrDigits) {
        return raise(vm, vm.e_ValueError,
                     "Exceeds the limit (%d digits) for integer string conversion: value has %lld digits; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     static_cast<int>(kMaxStrDigits), static_cast<long long>(ndigits));
    }
    // Fast path: short plain decimal literals.
    if (base == 10 && text.size() <= 18 && !text.empty()) {
        bool plain = true;
        int64_t acc = 0;
        size_t i = (text[0] == '-' || text[0] == '+') ? 1 : 0;
        if (i == text.size()) plain = false;
        for (size_t k = i; k < text.size() && plain; k++) {
            if (text[k] < '0' || text[k] > '9') plain = false;
            else acc = acc * 10 + (text[k] - '0');
        }
        if (plain) return make_int(vm, text[0] == '-' ? -acc : acc);
    }
    BigInt b;
    if (!BigInt::parse(text, base, &b)) {
        std::string shown;
        if (original.is_null()) {
            Str* s = TRY(new_str(vm, text));
            shown = TRY(str_repr(vm, s))->view();
        } else if (is_kind(original, Kind::Str)) {
            Str* r = TRY(repr(vm, original));
            // CPython formats the repr with %.200R.
            shown = std::string(r->view().substr(0, str_offset(r, r->length < 200 ? r->length : 200)));
        } else {
            Str* r = TRY(bytes_repr(vm, text));
            shown = std::string(r->view());
        }
        return raise(vm, vm.e_ValueError, "invalid literal for int() with base %d: %s", base, shown.c_str());
    }
    return from_big(vm, b);
}

// ---- argument binding -------------------------------------------------------------------------------------------

bool name_is(Value name, const char* s) { return is_kind(name, Kind::Str) && as_str(name)->view() == s; }

// Binds args (from index `skip`) to `names` with CPython's messages. Positional args beyond max_pos are refused;
// an empty name is positional-only. out[i] is null for a missing argument.
Status bind_args(Interpreter& vm, Args args, uint32_t skip, const char* fname, std::initializer_list<const char*> names,
                 uint32_t max_pos, uint32_t min_required, Value* out) {
    uint32_t npos = args.n - skip, nkw = args.nkw();
    uint32_t nnames = static_cast<uint32_t>(names.size());
    for (uint32_t i = 0; i < nnames; i++) out[i] = Value();
    if (npos + nkw > nnames)
        return raise(vm, vm.e_TypeError, "%s() takes at most %u argument%s (%u given)", fname, nnames,
                     nnames == 1 ? "" : "s", npos + nkw);
    if (npos > max_pos)
        return raise(vm, vm.e_TypeError, "%s() takes at most %u positional argument%s (%u given)", fname, max_pos,
                     max_pos == 1 ? "" : "s", npos);
    for (uint32_t i = 0; i < npos; i++) out[i] = args.v[skip + i];
    for (uint32_t k = 0; k < nkw; k++) {
        Value kn = args.kwnames->items[k];
        uint32_t idx = 0;
        bool found = false;
        for (const char* n : names) {
            if (*n && name_is(kn, n)) {
                found = true;
                break;
            }
            idx++;
        }
        if (!found)
            return raise(vm, vm.e_TypeError, "'%s' is an invalid keyword argument for %s()", as_str(kn)->data, fname);
        if (!out[idx].is_null())
            return raise(vm, vm.e_TypeError, "argument for %s() given by name ('%s') and position (%u)", fname,
                         as_str(kn)->data, idx + 1);
        out[idx] = args.v[args.n + k];
    }
    uint32_t idx = 0;
    for (const char* n : names) {
        if (idx >= min_required) break;
        if (out[idx].is_null())
            return raise(vm, vm.e_TypeError, "%s() missing required argument '%s' (pos %u)", fname, n, idx + 1);
        idx++;
    }
    return Status::ok();
}

// Receiver check and arity check of a slot wrapper (int.__add__ and friends): CPython's wording.
R<Value> slot_self(Interpreter& vm, Args args, Type* t, const char* name, uint32_t nargs) {
    if (args.n == 0)
        return raise(vm, vm.e_TypeError, "descriptor '%s' of '%s' object needs an argument", name, t->name->data);
    if (!isinstance(vm, args.v[0], t))
        return raise(vm, vm.e_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name,
                     t->name->data, type_name(vm, args.v[0]));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "wrapper %s() takes no keyword arguments", name);
    if (args.n - 1 != nargs)
        return raise(vm, vm.e_TypeError, "expected %u argument%s, got %u", nargs, nargs == 1 ? "" : "s", args.n - 1);
    return args.v[0];
}

// Receiver check of a method without arguments (int.bit_length and friends).
R<Value> noargs_self(Interpreter& vm, Args args, Type* t, const char* name) {
    Value self = TRY(self_of(vm, args, t, name));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "%s.%s() takes no keyword arguments", t->name->data, name);
    if (args.n != 1)
        return raise(vm, vm.e_TypeError, "%s.%s() takes no arguments (%u given)", t->name->data, name, args.n - 1);
    return self;
}

}  // namespace

// ---- exported helpers -------------------------------------------------------------------------------------------

R<Value> make_int(Interpreter& vm, int64_t i) {
    if (Value::fits_small(i)) return Value::small_int(static_cast<intptr_t>(i));
    return from_big(vm, BigInt::from_i64(i));
}

R<Value> int_from_double(Interpreter& vm, double d) {
    if (std::isnan(d)) return raise(vm, vm.e_ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return raise(vm, vm.e_OverflowError, "cannot convert float infinity to integer");
    if (d > -9.2e18 && d < 9.2e18) return make_int(vm, static_cast<int64_t>(d));
    return from_big(vm, BigInt::from_double(d));
}

R<Value> int_parse(Interpreter& vm, std::string_view text, int base) {
    return parse_with_message(vm, text, base, Value());
}

bool is_int_value(Value v) { return v.is_int() || v.is_bool() || is_kind(v, Kind::Int); }

R<Value> int_binary(Interpreter& vm, BinOp op, Value a, Value b) {
    if (!is_int_value(a) || !is_int_value(b)) return vm.not_implemented;
    if (a.is_bool() && b.is_bool()) {  // bool & | ^ bool stays bool
        if (op == BinOp::And) return Value::boolean(a.is_true() && b.is_true());
        if (op == BinOp::Or) return Value::boolean(a.is_true() || b.is_true());
        if (op == BinOp::Xor) return Value::boolean(a.is_true() != b.is_true());
    }
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) {
        Value r = TRY(small_binary(vm, op, x, y));
        if (!r.is_null()) return r;
    }
    return big_binary(vm, op, a, b);
}

R<Value> int_divmod(Interpreter& vm, Value a, Value b) {
    if (!is_int_value(a) || !is_int_value(b)) return vm.not_implemented;
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) {
        if (y == 0) return zero_division(vm, "integer division or modulo by zero");
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q--;
            r += y;
        }
        Value qv = TRY(make_int(vm, q));
        return val(TRY(tuple_of(vm, {qv, Value::small_int(static_cast<intptr_t>(r))})));
    }
    BigInt bb = to_big(b);
    if (bb.is_zero()) return zero_division(vm, "integer division or modulo by zero");
    BigInt q, r;
    BigInt::divmod(to_big(a), bb, &q, &r);
    Value qv = TRY(from_big(vm, q));
    Value rv = TRY(from_big(vm, r));
    return val(TRY(tuple_of(vm, {qv, rv})));
}

R<Value> int_pow_mod(Interpreter& vm, Value base, Value exp, Value mod) {
    if (!is_int_value(base) || !is_int_value(exp) || !is_int_value(mod)) return vm.not_implemented;
    BigInt m = to_big(mod);
    if (m.is_zero()) return raise(vm, vm.e_ValueError, "pow() 3rd argument cannot be 0");
    BigInt b = to_big(base), e = to_big(exp);
    if (e.is_negative()) {
        BigInt inv;
        if (!BigInt::mod_inverse(b, m, &inv))
            return raise(vm, vm.e_ValueError, "base is not invertible for the given modulus");
        b = inv;
        e = BigInt::neg(e);
    }
    return from_big(vm, BigInt::pow_mod(b, e, m));
}

int int_compare(Value a, Value b) {
    int64_t x, y;
    if (as_small(a, &x) && as_small(b, &y)) return x < y ? -1 : x > y ? 1 : 0;
    return BigInt::cmp(to_big(a), to_big(b));
}

R<Str*> int_to_str(Interpreter& vm, Value v, int base) {
    int64_t x;
    if (base == 10 && as_small(v, &x)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(x));
        if (x >= 0 && x < 10) return vm.char_strs['0' + x] ? vm.char_strs['0' + x] : new_str(vm, buf);
        return new_str(vm, buf);
    }
    BigInt b = to_big(v);
    if (base == 10) {
        if (b.bit_length() >= kMaxStrBits) return raise(vm, vm.e_ValueError, "%s", kToStrLimitMessage);
        std::string s = b.to_string(10);
        if (static_cast<int64_t>(s.size()) - (b.is_negative() ? 1 : 0) > kMaxStrDigits)
            return raise(vm, vm.e_ValueError, "%s", kToStrLimitMessage);
        return new_str(vm, s);
    }
    return new_str(vm, b.to_string(base));
}

int64_t int_hash(Value v) {
    int64_t x;
    if (as_small(v, &x)) {
        constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
        uint64_t mag = x < 0 ? static_cast<uint64_t>(-x) : static_cast<uint64_t>(x);
        if (mag >= kModulus) mag %= kModulus;
        int64_t h = x < 0 ? -static_cast<int64_t>(mag) : static_cast<int64_t>(mag);
        return h == -1 ? -2 : h;
    }
    return to_big(v).py_hash();
}

bool int_to_double(Value v, double* out) {
    int64_t x;
    if (as_small(v, &x)) {
        *out = static_cast<double>(x);
        return true;
    }
    return to_big(v).to_double(out);
}

bool int_fits_i64(Value v, int64_t* out) {
    if (as_small(v, out)) return true;
    BigInt b = to_big(v);
    if (!b.fits_i64()) return false;
    *out = b.to_i64();
    return true;
}

bool int_is_negative(Value v) {
    if (v.is_int()) return v.as_int() < 0;
    if (v.is_bool()) return false;
    return as_int_obj(v)->negative;
}

bool int_is_zero(Value v) {
    if (v.is_int()) return v.as_int() == 0;
    if (v.is_bool()) return v.is_false();
    return as_int_obj(v)->ndigits == 0;
}

R<Value> int_neg(Interpreter& vm, Value v) {
    int64_t x;
    if (as_small(v, &x)) return make_int(vm, -x);
    return from_big(vm, BigInt::neg(to_big(v)));
}

R<Value> int_invert(Interpreter& vm, Value v) {
    int64_t x;
    if (as_small(v, &x)) return Value::small_int(static_cast<intptr_t>(~x));
    return from_big(vm, BigInt::invert(to_big(v)));
}

R<Value> int_abs(Interpreter& vm, Value v) {
    int64_t x;
    if (as_small(v, &x)) return make_int(vm, x < 0 ? -x : x);
    if (!as_int_obj(v)->negative) return int_exact(vm, v);
    return from_big(vm, BigInt::abs(to_big(v)));
}

Value int_plain(Value v) {
    if (v.is_int()) return v;
    if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
    int64_t x;
    if (as_small(v, &x)) return Value::small_int(static_cast<intptr_t>(x));
    return v;  // a big value: plain Int already, or a subclass instance the int_* helpers read as its value
}

R<Value> int_exact(Interpreter& vm, Value v) {
    Value p = int_plain(v);
    if (!p.is_obj() || p.as_obj()->type == vm.t_int_) return p;
    Int* o = as_int_obj(p);
    return alloc_int_digits(vm, vm.t_int_, o->negative, o->digits, o->ndigits);
}

R<Value> int_from_object(Interpreter& vm, Value x) {
    Type* t = type_of(vm, x);
    if (t == vm.t_int_ || t == vm.t_bool_) return int_plain(x);
    if (t == vm.t_float_) return int_from_double(vm, float_value(x));
    if (t != vm.t_str) {
        bool found = false;
        Value r = TRY(call_method(vm, x, vm.n___int__, nullptr, 0, &found));
        if (found) {
            if (!is_int_value(r)) return raise(vm, vm.e_TypeError, "__int__ returned non-int (type %s)", type_name(vm, r));
            return int_exact(vm, r);
        }
        r = TRY(call_method(vm, x, vm.n___index__, nullptr, 0, &found));
        if (found) {
            if (!is_int_value(r))
                return raise(vm, vm.e_TypeError, "__index__ returned non-int (type %s)", type_name(vm, r));
            return int_exact(vm, r);
        }
        r = TRY(call_method(vm, x, vm.n___trunc__, nullptr, 0, &found));
        if (found) {
            if (is_int_value(r)) return int_exact(vm, r);
            Value ir = TRY(call_method(vm, r, vm.n___index__, nullptr, 0, &found));
            if (!found || !is_int_value(ir))
                return raise(vm, vm.e_TypeError, "__trunc__ returned non-Integral (type %s)", type_name(vm, r));
            return int_exact(vm, ir);
        }
    }
    if (is_kind(x, Kind::Str)) return parse_with_message(vm, as_str(x)->view(), 10, x);
    if (is_kind(x, Kind::Bytes)) return parse_with_message(vm, as_bytes(x)->view(), 10, x);
    if (is_kind(x, Kind::ByteArray)) {
        auto* ba = static_cast<ByteArray*>(x.as_obj());
        std::string copy(reinterpret_cast<const char*>(ba->data), ba->size);
        return parse_with_message(vm, copy, 10, x);
    }
    return raise(vm, vm.e_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                 type_name(vm, x));
}

// ---- formatting -------------------------------------------------------------------------------------------------

R<Str*> int_format(Interpreter& vm, Value self, std::string_view spec_text) {
    if (spec_text.empty()) return to_str(vm, self);
    const char* tname = type_name(vm, self);
    FormatSpec spec;
    std::string err;
    if (!parse_format_spec(spec_text, &spec, &err, tname)) return raise(vm, vm.e_ValueError, "%s", err.c_str());
    std::string out;
    switch (spec.type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
            double d;
            if (!int_to_double(self, &d)) return too_large_for_float(vm);
            if (!format_float(d, spec, &out, &err)) return raise(vm, vm.e_ValueError, "%s", err.c_str());
            return new_str(vm, out);
        }
        case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
            break;
        default:
            return raise(vm, vm.e_ValueError, "%s", unknown_format_code_message(spec.type, tname).c_str());
    }
    if (spec.precision >= 0) return raise(vm, vm.e_ValueError, "Precision not allowed in integer format specifier");
    if (spec.z) return raise(vm, vm.e_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (spec.type == 'c') {
        if (spec.sign) return raise(vm, vm.e_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (spec.alt)
            return raise(vm, vm.e_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!int_fits_i64(self, &cp)) return raise(vm, vm.e_OverflowError, "Python int too large to convert to C long");
        if (cp < 0 || cp > 0x10ffff)
            return raise(vm, vm.e_OverflowError, "%%c arg not in range(0x110000)");
        char buf[4];
        int n = utf8_encode(static_cast<uint32_t>(cp), buf);
        if (n == 1) return new_str(vm, layout_number(false, "", std::string_view(buf, 1), "", spec));
        FormatSpec adjusted = spec;
        if (adjusted.width >= 0) adjusted.width += n - 1;  // layout counts bytes; the character is one column
        return new_str(vm, layout_number(false, "", "", std::string_view(buf, n), adjusted));
    }
    int base = 10;
    const char* prefix = "";
    switch (spec.type) {
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': base = 16; prefix = "0x"; break;
        case 'X': base = 16; prefix = "0X"; break;
        default: break;
    }
    bool negative = int_is_negative(self);
    std::string digits;
    if (base == 10) {
        Str* s = TRY(int_to_str(vm, int_plain(self), 10));
        digits = std::string(s->view().substr(negative ? 1 : 0));
    } else {
        digits = BigInt::abs(to_big(self)).to_string(base);
        if (spec.type == 'X')
            for (char& c : digits)
                if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return new_str(vm, layout_number(negative, spec.alt ? prefix : "", digits, "", spec, base == 10 ? 3 : 4));
}

namespace {

// ---- int methods ------------------------------------------------------------------------------------------------

R<Value> int_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "int.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (!is_subtype(cls, vm.t_int_))
        return raise(vm, vm.e_TypeError, "int.__new__(%s): %s is not a subtype of int", cls->name->data, cls->name->data);
    if (cls == vm.t_bool_) return raise(vm, vm.e_TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
    Value a[2];
    TRY(bind_args(vm, args, 1, "int", {"", "base"}, 2, 0, a));
    Value x = a[0], base = a[1];
    Value result;
    if (x.is_null()) {
        if (!base.is_null()) return raise(vm, vm.e_TypeError, "int() missing string argument");
        result = Value::small_int(0);
    } else if (base.is_null()) {
        result = TRY(int_from_object(vm, x));
    } else {
        int64_t b;
        if (is_int_value(base)) {
            if (!int_fits_i64(base, &b)) b = -1;
        } else {
            b = TRY(index_value(vm, base));
        }
        if (b != 0 && (b < 2 || b > 36)) return raise(vm, vm.e_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (is_kind(x, Kind::Str)) {
            result = TRY(parse_with_message(vm, as_str(x)->view(), static_cast<int>(b), x));
        } else if (is_kind(x, Kind::Bytes)) {
            result = TRY(parse_with_message(vm, as_bytes(x)->view(), static_cast<int>(b), x));
        } else if (is_kind(x, Kind::ByteArray)) {
            auto* ba = static_cast<ByteArray*>(x.as_obj());
            std::string copy(reinterpret_cast<const char*>(ba->data), ba->size);
            result = TRY(parse_with_message(vm, copy, static_cast<int>(b), x));
        } else {
            return raise(vm, vm.e_TypeError, "int() can't convert non-string with explicit base");
        }
    }
    return int_of_type(vm, cls, result);
}

R<Value> int_repr_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__repr__", 0));
    return val(TRY(int_to_str(vm, int_plain(self), 10)));
}

R<Value> int_format_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_int_, "__format__"));
    if (args.n != 2 || args.nkw())
        return raise(vm, vm.e_TypeError, "__format__() takes exactly one argument (%u given)", args.n - 1);
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "__format__() argument must be str, not %s", type_name(vm, args.v[1]));
    return val(TRY(int_format(vm, self, as_str(args.v[1])->view())));
}

R<Value> int_hash_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__hash__", 0));
    return make_int(vm, int_hash(self));
}

R<Value> int_bool_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__bool__", 0));
    return Value::boolean(!int_is_zero(self));
}

// Comparison of an int with an int or a float; NotImplemented for anything else.
R<Value> int_richcompare(Interpreter& vm, Value a, Value b, CmpOp op) {
    int c;
    if (is_int_value(b)) {
        c = int_compare(a, b);
    } else if (is_kind(b, Kind::Float)) {
        int fc = float_compare_int(float_value(b), a);
        if (fc == 2) return Value::boolean(op == CmpOp::Ne);
        c = -fc;
    } else {
        return vm.not_implemented;
    }
    switch (op) {
        case CmpOp::Eq: return Value::boolean(c == 0);
        case CmpOp::Ne: return Value::boolean(c != 0);
        case CmpOp::Lt: return Value::boolean(c < 0);
        case CmpOp::Le: return Value::boolean(c <= 0);
        case CmpOp::Gt: return Value::boolean(c > 0);
        case CmpOp::Ge: return Value::boolean(c >= 0);
    }
    return vm.not_implemented;
}

constexpr const char* kCmpNames[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};

template <CmpOp op> R<Value> int_cmp_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, kCmpNames[static_cast<int>(op)], 1));
    return int_richcompare(vm, self, args.v[1], op);
}

constexpr const char* kBinNames[] = {
#define X(n, sym, d, rd, id) d,
    PYCO_BINARY_OPS(X)
#undef X
};
constexpr const char* kRBinNames[] = {
#define X(n, sym, d, rd, id) rd,
    PYCO_BINARY_OPS(X)
#undef X
};

template <BinOp op> R<Value> int_op_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, kBinNames[static_cast<int>(op)], 1));
    return int_binary(vm, op, self, args.v[1]);
}

template <BinOp op> R<Value> int_rop_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, kRBinNames[static_cast<int>(op)], 1));
    return int_binary(vm, op, args.v[1], self);
}

R<Value> int_divmod_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__divmod__", 1));
    return int_divmod(vm, self, args.v[1]);
}

R<Value> int_rdivmod_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__rdivmod__", 1));
    return int_divmod(vm, args.v[1], self);
}

// pow(int, x, y) where x or y is a float: CPython's float power then refuses the modulus.
R<Value> pow_mod_or_refuse(Interpreter& vm, Value base, Value exp, Value mod) {
    Value r = TRY(int_pow_mod(vm, base, exp, mod));
    if (r == vm.not_implemented && (is_kind(exp, Kind::Float) || is_kind(mod, Kind::Float)))
        return raise(vm, vm.e_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return r;
}

R<Value> int_pow_m(Interpreter& vm, Args args) {
    if (args.n == 3 && !args.nkw()) {
        Value self = TRY(self_of(vm, args, vm.t_int_, "__pow__"));
        if (args.v[2].is_none()) return int_binary(vm, BinOp::Pow, self, args.v[1]);
        return pow_mod_or_refuse(vm, self, args.v[1], args.v[2]);
    }
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__pow__", 1));
    return int_binary(vm, BinOp::Pow, self, args.v[1]);
}

R<Value> int_rpow_m(Interpreter& vm, Args args) {
    if (args.n == 3 && !args.nkw()) {
        Value self = TRY(self_of(vm, args, vm.t_int_, "__rpow__"));
        if (args.v[2].is_none()) return int_binary(vm, BinOp::Pow, args.v[1], self);
        return pow_mod_or_refuse(vm, args.v[1], self, args.v[2]);
    }
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__rpow__", 1));
    return int_binary(vm, BinOp::Pow, args.v[1], self);
}

R<Value> int_neg_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__neg__", 0));
    return int_neg(vm, self);
}

R<Value> int_pos_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__pos__", 0));
    return int_exact(vm, self);
}

R<Value> int_abs_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__abs__", 0));
    return int_abs(vm, self);
}

R<Value> int_invert_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__invert__", 0));
    return int_invert(vm, self);
}

R<Value> int_int_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__int__", 0));
    return int_exact(vm, self);
}

R<Value> int_index_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__index__", 0));
    return int_exact(vm, self);
}

R<Value> int_float_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_int_, "__float__", 0));
    double d;
    if (!int_to_double(self, &d)) return too_large_for_float(vm);
    return new_float(vm, d);
}

// The int itself: __trunc__, __floor__, __ceil__, conjugate, and the real/numerator properties.
template <const char* name> R<Value> int_identity_m(Interpreter& vm, Args args) {
    Value self = TRY(noargs_self(vm, args, vm.t_int_, name));
    return int_exact(vm, self);
}
constexpr char kTrunc[] = "__trunc__", kFloor[] = "__floor__", kCeil[] = "__ceil__", kConjugate[] = "conjugate",
               kReal[] = "real", kNumerator[] = "numerator";

R<Value> int_imag_get(Interpreter& vm, Args args) {
    TRY(noargs_self(vm, args, vm.t_int_, "imag"));
    return Value::small_int(0);
}

R<Value> int_denominator_get(Interpreter& vm, Args args) {
    TRY(noargs_self(vm, args, vm.t_int_, "denominator"));
    return Value::small_int(1);
}

R<Value> int_round_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_int_, "__round__"));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "int.__round__() takes no keyword arguments");
    if (args.n > 2) return raise(vm, vm.e_TypeError, "__round__ expected at most 1 argument, got %u", args.n - 1);
    if (args.n == 1) return int_exact(vm, self);
    Value nd = args.v[1];
    // A huge ndigits: positive keeps the value, negative rounds everything to zero.
    if (is_int_value(nd)) {
        int64_t n;
        if (!int_fits_i64(nd, &n)) return int_is_negative(nd) ? Value::small_int(0) : int_exact(vm, self);
    }
    int64_t n = TRY(index_value(vm, nd));
    if (n >= 0) return int_exact(vm, self);
    BigInt x = to_big(self);
    // 10**k exceeds |x| * 2 once k exceeds its decimal digit count: the result is 0.
    uint64_t k = static_cast<uint64_t>(-(n + 1)) + 1;
    if (k > x.bit_length() / 3 + 2) return Value::small_int(0);
    BigInt p = BigInt::pow(BigInt::from_i64(10), k);
    BigInt q, r;
    BigInt::divmod(x, p, &q, &r);  // r in [0, p)
    BigInt twice = BigInt::add(r, r);
    int c = BigInt::cmp(twice, p);
    bool q_odd = !q.is_zero() && (q.digits()[0] & 1);
    if (c > 0 || (c == 0 && q_odd)) q = BigInt::add(q, BigInt::from_i64(1));
    return from_big(vm, BigInt::mul(q, p));
}

R<Value> int_bit_length_m(Interpreter& vm, Args args) {
    Value self = TRY(noargs_self(vm, args, vm.t_int_, "bit_length"));
    int64_t x;
    if (as_small(self, &x)) {
        uint64_t mag = x < 0 ? static_cast<uint64_t>(-x) : static_cast<uint64_t>(x);
        return Value::small_int(mag ? 64 - __builtin_clzll(mag) : 0);
    }
    return make_int(vm, static_cast<int64_t>(to_big(self).bit_length()));
}

R<Value> int_bit_count_m(Interpreter& vm, Args args) {
    Value self = TRY(noargs_self(vm, args, vm.t_int_, "bit_count"));
    return make_int(vm, static_cast<int64_t>(to_big(self).bit_count()));
}

R<Value> int_as_integer_ratio_m(Interpreter& vm, Args args) {
    Value self = TRY(noargs_self(vm, args, vm.t_int_, "as_integer_ratio"));
    Value n = TRY(int_exact(vm, self));
    return val(TRY(tuple_of(vm, {n, Value::small_int(1)})));
}

R<bool> parse_byteorder(Interpreter& vm, Value v, const char* fname) {
    if (v.is_null()) return false;
    if (!is_kind(v, Kind::Str))
        return raise(vm, vm.e_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, type_name(vm, v));
    std::string_view s = as_str(v)->view();
    if (s == "little") return true;
    if (s == "big") return false;
    return raise(vm, vm.e_ValueError, "byteorder must be either 'little' or 'big'");
}

R<Value> int_to_bytes_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_int_, "to_bytes"));
    Value a[3];
    TRY(bind_args(vm, args, 1, "to_bytes", {"length", "byteorder", "signed"}, 2, 0, a));
    int64_t length = 1;
    if (!a[0].is_null()) length = TRY(index_value(vm, a[0]));
    bool little = TRY(parse_byteorder(vm, a[1], "to_bytes"));
    bool is_signed = false;
    if (!a[2].is_null()) is_signed = TRY(truthy(vm, a[2]));
    if (length < 0) return raise(vm, vm.e_ValueError, "length argument must be non-negative");
    BigInt b = to_big(self);
    // Refuse absurd lengths before building the buffer (the value must fit anyway).
    if (static_cast<uint64_t>(length) > b.bit_length() / 8 + 8 && static_cast<uint64_t>(length) > (vm.config.heap_size))
        return raise_memory_error(vm);
    std::string out;
    if (!b.to_bytes(static_cast<size_t>(length), little, is_signed, &out)) {
        if (b.is_negative() && !is_signed) return raise(vm, vm.e_OverflowError, "can't convert negative int to unsigned");
        return raise(vm, vm.e_OverflowError, "int too big to convert");
    }
    return val(TRY(new_bytes(vm, out)));
}

R<Value> int_from_bytes_m(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "from_bytes() needs a type");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    Value a[3];
    TRY(bind_args(vm, args, 1, "from_bytes", {"bytes", "byteorder", "signed"}, 2, 1, a));
    bool little = TRY(parse_byteorder(vm, a[1], "from_bytes"));
    bool is_signed = false;
    if (!a[2].is_null()) is_signed = TRY(truthy(vm, a[2]));
    Value src = a[0];
    std::string data;
    if (is_kind(src, Kind::Bytes)) {
        data = std::string(as_bytes(src)->view());
    } else if (is_kind(src, Kind::ByteArray)) {
        auto* ba = static_cast<ByteArray*>(src.as_obj());
        data.assign(reinterpret_cast<const char*>(ba->data), ba->size);
    } else if (is_kind(src, Kind::Str) || is_int_value(src) || is_kind(src, Kind::Float) || src.is_none()) {
        return raise(vm, vm.e_TypeError, "cannot convert '%s' object to bytes", type_name(vm, src));
    } else {
        bool found = false;
        Value b = TRY(call_method(vm, src, vm.n___bytes__, nullptr, 0, &found));
        if (found) {
            if (!is_kind(b, Kind::Bytes))
                return raise(vm, vm.e_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(vm, b));
            data = std::string(as_bytes(b)->view());
        } else {
            Value it = TRY(get_iter(vm, src));
            while (true) {
                Value item = TRY(iter_next(vm, it));
                if (item.is_null()) break;
                int64_t byte = TRY(index_value(vm, item));
                if (byte < 0 || byte > 255) return raise(vm, vm.e_ValueError, "bytes must be in range(0, 256)");
                data += static_cast<char>(byte);
            }
        }
    }
    BigInt r = BigInt::from_bytes(reinterpret_cast<const uint8_t*>(data.data()), data.size(), little, is_signed);
    Value v = TRY(from_big(vm, r));
    if (cls == vm.t_int_) return v;
    return call1(vm, val(cls), v);
}

// ---- bool -------------------------------------------------------------------------------------------------------

R<Value> bool_new(Interpreter& vm, Args args) {
    if (args.nkw()) return raise(vm, vm.e_TypeError, "bool() takes no keyword arguments");
    if (args.n > 2) return raise(vm, vm.e_TypeError, "bool expected at most 1 argument, got %u", args.n - 1);
    if (args.n < 2) return Value::boolean(false);
    bool b = TRY(truthy(vm, args.v[1]));
    return Value::boolean(b);
}

R<Value> bool_repr_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_bool_, "__repr__", 0));
    return val(TRY(intern(vm, self.is_true() ? "True" : "False")));
}

template <BinOp op> R<Value> bool_op_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_bool_, kBinNames[static_cast<int>(op)], 1));
    Value other = args.v[1];
    if (!other.is_bool()) return int_binary(vm, op, self, other);
    bool a = self.is_true(), b = other.is_true();
    return Value::boolean(op == BinOp::And ? (a && b) : op == BinOp::Or ? (a || b) : (a != b));
}

template <BinOp op> R<Value> bool_rop_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, vm.t_bool_, kRBinNames[static_cast<int>(op)], 1));
    Value other = args.v[1];
    if (!other.is_bool()) return int_binary(vm, op, other, self);
    bool a = other.is_true(), b = self.is_true();
    return Value::boolean(op == BinOp::And ? (a && b) : op == BinOp::Or ? (a || b) : (a != b));
}

}  // namespace

void add_properties(Interpreter& vm, Type* t, std::initializer_list<MethodDef> getters) {
    for (const MethodDef& g : getters) {
        R<NativeFunction*> f = new_native(vm, g.name, g.fn);
        if (f.failed()) return;
        f.take()->data = val(t);
        R<Property*> p = alloc<Property>(vm, vm.t_property);
        if (p.failed()) return;
        Property* prop = p.take();
        prop->fget = val(f.take());
        prop->fset = Value::none();
        prop->fdel = Value::none();
        prop->doc = Value::none();
        R<Str*> n = intern(vm, g.name);
        if (n.failed()) return;
        (void)dict_set_str(vm, t->dict, n.take(), val(prop));
    }
}

void init_int_type(Interpreter& vm) {
    Type* t = vm.t_int_;
    add_staticmethods(vm, t, {{"__new__", int_new}});
    add_methods(vm, t,
                {{"__repr__", int_repr_m},
                 {"__format__", int_format_m},
                 {"__hash__", int_hash_m},
                 {"__bool__", int_bool_m},
                 {"__eq__", int_cmp_m<CmpOp::Eq>},
                 {"__ne__", int_cmp_m<CmpOp::Ne>},
                 {"__lt__", int_cmp_m<CmpOp::Lt>},
                 {"__le__", int_cmp_m<CmpOp::Le>},
                 {"__gt__", int_cmp_m<CmpOp::Gt>},
                 {"__ge__", int_cmp_m<CmpOp::Ge>},
                 {"__add__", int_op_m<BinOp::Add>},
                 {"__radd__", int_rop_m<BinOp::Add>},
                 {"__sub__", int_op_m<BinOp::Sub>},
                 {"__rsub__", int_rop_m<BinOp::Sub>},
                 {"__mul__", int_op_m<BinOp::Mul>},
                 {"__rmul__", int_rop_m<BinOp::Mul>},
                 {"__truediv__", int_op_m<BinOp::TrueDiv>},
                 {"__rtruediv__", int_rop_m<BinOp::TrueDiv>},
                 {"__floordiv__", int_op_m<BinOp::FloorDiv>},
                 {"__rfloordiv__", int_rop_m<BinOp::FloorDiv>},
                 {"__mod__", int_op_m<BinOp::Mod>},
                 {"__rmod__", int_rop_m<BinOp::Mod>},
                 {"__lshift__", int_op_m<BinOp::LShift>},
                 {"__rlshift__", int_rop_m<BinOp::LShift>},
                 {"__rshift__", int_op_m<BinOp::RShift>},
                 {"__rrshift__", int_rop_m<BinOp::RShift>},
                 {"__and__", int_op_m<BinOp::And>},
                 {"__rand__", int_rop_m<BinOp::And>},
                 {"__or__", int_op_m<BinOp::Or>},
                 {"__ror__", int_rop_m<BinOp::Or>},
                 {"__xor__", int_op_m<BinOp::Xor>},
                 {"__rxor__", int_rop_m<BinOp::Xor>},
                 {"__divmod__", int_divmod_m},
                 {"__rdivmod__", int_rdivmod_m},
                 {"__pow__", int_pow_m},
                 {"__rpow__", int_rpow_m},
                 {"__neg__", int_neg_m},
                 {"__pos__", int_pos_m},
                 {"__abs__", int_abs_m},
                 {"__invert__", int_invert_m},
                 {"__int__", int_int_m},
                 {"__index__", int_index_m},
                 {"__float__", int_float_m},
                 {"__trunc__", int_identity_m<kTrunc>},
                 {"__floor__", int_identity_m<kFloor>},
                 {"__ceil__", int_identity_m<kCeil>},
                 {"__round__", int_round_m},
                 {"conjugate", int_identity_m<kConjugate>},
                 {"bit_length", int_bit_length_m},
                 {"bit_count", int_bit_count_m},
                 {"as_integer_ratio", int_as_integer_ratio_m},
                 {"to_bytes", int_to_bytes_m}});
    add_classmethods(vm, t, {{"from_bytes", int_from_bytes_m}});
    add_properties(vm, t,
                   {{"real", int_identity_m<kReal>},
                    {"imag", int_imag_get},
                    {"numerator", int_identity_m<kNumerator>},
                    {"denominator", int_denominator_get}});

    Type* b = vm.t_bool_;
    add_staticmethods(vm, b, {{"__new__", bool_new}});
    add_methods(vm, b,
                {{"__repr__", bool_repr_m},
                 {"__and__", bool_op_m<BinOp::And>},
                 {"__rand__", bool_rop_m<BinOp::And>},
                 {"__or__", bool_op_m<BinOp::Or>},
                 {"__ror__", bool_rop_m<BinOp::Or>},
                 {"__xor__", bool_op_m<BinOp::Xor>},
                 {"__rxor__", bool_rop_m<BinOp::Xor>}});
}

}  // namespace pyco
