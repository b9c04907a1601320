// complex: construction (numbers and strings), repr, arithmetic with CPython's algorithms, and the complex type.
#include <cmath>
#include <string>

#include "objects/float_format.h"
#include "objects/objects.h"

namespace pyco {

namespace {

struct Cx {
    double re, im;
};

Cx c_sum(Cx a, Cx b) { return {a.re + b.re, a.im + b.im}; }
Cx c_diff(Cx a, Cx b) { return {a.re - b.re, a.im - b.im}; }
Cx c_prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// CPython's _Py_c_quot (Smith's algorithm); false on division by zero.
bool c_quot(Cx a, Cx b, Cx* out) {
    double abs_breal = b.re < 0 ? -b.re : b.re;
    double abs_bimag = b.im < 0 ? -b.im : b.im;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *out = {0.0, 0.0};
            return false;
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        *out = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        *out = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    } else {
        *out = {NAN, NAN};  // at least one of b's parts is a NaN
    }
    return true;
}

// CPython's _Py_c_pow; false for 0 ** negative-or-complex.
bool c_pow(Cx a, Cx b, Cx* out) {
    if (b.re == 0.0 && b.im == 0.0) {
        *out = {1.0, 0.0};
        return true;
    }
    if (a.re == 0.0 && a.im == 0.0) {
        *out = {0.0, 0.0};
        return !(b.im != 0.0 || b.re < 0.0);
    }
    double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= std::exp(at * b.im);
        phase += b.im * std::log(vabs);
    }
    *out = {len * std::cos(phase), len * std::sin(phase)};
    return true;
}

Cx c_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

bool c_powi(Cx x, long n, Cx* out) {
    if (n > 0) {
        *out = c_powu(x, n);
        return true;
    }
    return c_quot({1.0, 0.0}, c_powu(x, -n), out);
}

// The operand as a complex number: 1 when it is a complex, float or int; 0 when not a number.
R<int> operand_complex(Interpreter& vm, Value v, Cx* out) {
    if (is_kind(v, Kind::Complex)) {
        *out = {as_complex(v)->real, as_complex(v)->imag};
        return 1;
    }
    if (is_kind(v, Kind::Float) || is_int_value(v)) {
        double d;
        TRY(number_to_double(vm, v, &d));
        *out = {d, 0.0};
        return 1;
    }
    return 0;
}

int64_t hash_part(Value self, double d) {
    if (std::isnan(d)) {
        uintptr_t p = self.bits();
        return static_cast<int64_t>(static_cast<intptr_t>((p >> 4) | (p << (sizeof(p) * 8 - 4))));
    }
    return float_hash(d);
}

// ---- parsing ----------------------------------------------------------------------------------------------------

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool starts_with_ci(std::string_view s, size_t pos, const char* word) {
    size_t n = std::char_traits<char>::length(word);
    if (pos + n > s.size()) return false;
    for (size_t i = 0; i < n; i++)
        if ((s[pos + i] | 0x20) != word[i]) return false;
    return true;
}

// Length of the longest float literal starting at pos (sign included), 0 if none.
size_t scan_float(std::string_view s, size_t pos) {
    size_t i = pos;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
    if (starts_with_ci(s, i, "infinity")) return i + 8 - pos;
    if (starts_with_ci(s, i, "inf") || starts_with_ci(s, i, "nan")) return i + 3 - pos;
    auto digits = [&](size_t j) {
        size_t start = j;
        while (j < s.size() && is_digit(s[j])) {
            j++;
            if (j + 1 < s.size() && s[j] == '_' && is_digit(s[j + 1])) j++;
        }
        return j - start;
    };
    size_t int_digits = digits(i);
    i += int_digits;
    size_t frac_digits = 0;
    if (i < s.size() && s[i] == '.') {
        frac_digits = digits(i + 1);
        if (int_digits || frac_digits) i += 1 + frac_digits;
    }
    if (!int_digits && !frac_digits) return 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-')) j++;
        size_t ed = digits(j);
        if (ed) i = j + ed;
    }
    return i - pos;
}

// complex(str): "[ws][(][ws]<real>[<signed imag>j] | <imag>j | [sign]j[ws][)][ws]".
bool parse_complex(std::string_view s, Cx* out) {
    size_t i = 0, end = s.size();
    while (i < end && is_space(s[i])) i++;
    while (end > i && is_space(s[end - 1])) end--;
    if (i < end && s[i] == '(') {
        if (s[end - 1] != ')') return false;
        i++;
        end--;
        while (i < end && is_space(s[i])) i++;
        while (end > i && is_space(s[end - 1])) end--;
    }
    s = s.substr(0, end);
    if (i >= end) return false;
    double x = 0, y = 0;
    size_t n = scan_float(s, i);
    if (n) {
        if (!parse_float(s.substr(i, n), &x)) return false;
        i += n;
        if (i < end && (s[i] == '+' || s[i] == '-')) {
            size_t m = scan_float(s, i);
            if (m) {
                if (!parse_float(s.substr(i, m), &y)) return false;
                i += m;
            } else {
                y = s[i] == '-' ? -1.0 : 1.0;
                i++;
            }
            if (i >= end || (s[i] != 'j' && s[i] != 'J')) return false;
            i++;
            *out = {x, y};
        } else if (i < end && (s[i] == 'j' || s[i] == 'J')) {
            i++;
            *out = {0.0, x};
        } else {
            *out = {x, 0.0};
        }
    } else {
        double sign = 1.0;
        if (s[i] == '+' || s[i] == '-') {
            sign = s[i] == '-' ? -1.0 : 1.0;
            i++;
        }
        if (i >= end || (s[i] != 'j' && s[i] != 'J')) return false;
        i++;
        *out = {0.0, sign};
    }
    return i == end;
}

// ---- methods ----------------------------------------------------------------------------------------------------

R<Value> complex_of_type(Interpreter& vm, Type* cls, Cx c) {
    Complex* o = TRY(alloc<Complex>(vm, cls));
    o->real = c.re;
    o->imag = c.im;
    return val(o);
}

// The value of a complex() argument: via __complex__, a complex, or a real number. *is_complex tells which.
R<bool> complex_arg(Interpreter& vm, Value v, Cx* out, bool* is_complex, bool first) {
    *is_complex = false;
    if (is_kind(v, Kind::Complex)) {
        *out = {as_complex(v)->real, as_complex(v)->imag};
        *is_complex = true;
        return true;
    }
    if (!is_int_value(v) && !is_kind(v, Kind::Float)) {
        bool found = false;
        Value r = TRY(call_method(vm, v, vm.n___complex__, nullptr, 0, &found));
        if (found) {
            if (!is_kind(r, Kind::Complex))
                return raise(vm, vm.e_TypeError, "__complex__ returned non-complex (type %s)", type_name(vm, r));
            *out = {as_complex(r)->real, as_complex(r)->imag};
            *is_complex = true;
            return true;
        }
        Type* t = type_of(vm, v);
        if (type_lookup(t, vm.n___float__).is_null() && type_lookup(t, vm.n___index__).is_null()) {
            if (first)
                return raise(vm, vm.e_TypeError, "complex() first argument must be a string or a number, not '%s'",
                             t->name->data);
            return raise(vm, vm.e_TypeError, "complex() second argument must be a number, not '%s'", t->name->data);
        }
        Value f = TRY(float_from_object(vm, v));
        *out = {float_value(f), 0.0};
        return true;
    }
    double d;
    TRY(number_to_double(vm, v, &d));
    *out = {d, 0.0};
    return true;
}

R<Value> complex_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0]))
        return raise(vm, vm.e_TypeError, "complex.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    Value real, imag;
    uint32_t npos = args.n - 1;
    if (npos + args.nkw() > 2)
        return raise(vm, vm.e_TypeError, "complex() takes at most 2 arguments (%u given)", npos + args.nkw());
    if (npos >= 1) real = args.v[1];
    if (npos >= 2) imag = args.v[2];
    for (uint32_t k = 0; k < args.nkw(); k++) {
        Str* name = as_str(args.kwnames->items[k]);
        Value* slot = name->view() == "real" ? &real : name->view() == "imag" ? &imag : nullptr;
        if (!slot)
            return raise(vm, vm.e_TypeError, "'%s' is an invalid keyword argument for complex()", name->data);
        if (!slot->is_null())
            return raise(vm, vm.e_TypeError, "argument for complex() given by name ('%s') and position (%d)",
                         name->data, slot == &real ? 1 : 2);
        *slot = args.v[args.n + k];
    }
    if (real.is_null()) real = Value::small_int(0);
    if (is_kind(real, Kind::Str)) {
        if (!imag.is_null()) return raise(vm, vm.e_TypeError, "complex() can't take second arg if first is a string");
        Cx c;
        if (!parse_complex(as_str(real)->view(), &c))
            return raise(vm, vm.e_ValueError, "complex() arg is a malformed string");
        return complex_of_type(vm, cls, c);
    }
    if (!imag.is_null() && is_kind(imag, Kind::Str))
        return raise(vm, vm.e_TypeError, "complex() second arg can't be a string");
    if (imag.is_null() && cls == vm.t_complex && type_of(vm, real) == vm.t_complex) return real;
    Cx cr, ci = {0.0, 0.0};
    bool cr_complex = false, ci_complex = false;
    TRY(complex_arg(vm, real, &cr, &cr_complex, true));
    if (imag.is_null()) {
        ci.re = cr.im;
    } else {
        TRY(complex_arg(vm, imag, &ci, &ci_complex, false));
    }
    if (ci_complex) cr.re -= ci.im;
    if (cr_complex && !imag.is_null()) ci.re += cr.im;
    return complex_of_type(vm, cls, {cr.re, ci.re});
}

R<Value> slot_self(Interpreter& vm, Args args, const char* name, uint32_t nargs) {
    Type* t = vm.t_complex;
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

R<Cx> self_cx(Interpreter& vm, Args args, const char* name, uint32_t nargs) {
    Value self = TRY(slot_self(vm, args, name, nargs));
    return Cx{as_complex(self)->real, as_complex(self)->imag};
}

R<Value> complex_repr_m(Interpreter& vm, Args args) {
    Cx c = TRY(self_cx(vm, args, "__repr__", 0));
    return val(TRY(new_str(vm, complex_repr(c.re, c.im))));
}

R<Value> complex_hash_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, "__hash__", 0));
    Complex* c = as_complex(self);
    uint64_t h = static_cast<uint64_t>(hash_part(self, c->real)) +
                 1000003u * static_cast<uint64_t>(hash_part(self, c->imag));
    auto r = static_cast<int64_t>(h);
    return make_int(vm, r == -1 ? -2 : r);
}

R<Value> complex_bool_m(Interpreter& vm, Args args) {
    Cx c = TRY(self_cx(vm, args, "__bool__", 0));
    return Value::boolean(c.re != 0.0 || c.im != 0.0);
}

R<Value> complex_neg_m(Interpreter& vm, Args args) {
    Cx c = TRY(self_cx(vm, args, "__neg__", 0));
    return new_complex(vm, -c.re, -c.im);
}

R<Value> complex_pos_m(Interpreter& vm, Args args) {
    Cx c = TRY(self_cx(vm, args, "__pos__", 0));
    return new_complex(vm, c.re, c.im);
}

R<Value> complex_abs_m(Interpreter& vm, Args args) {
    Cx c = TRY(self_cx(vm, args, "__abs__", 0));
    double r = std::hypot(c.re, c.im);
    if (std::isinf(r) && std::isfinite(c.re) && std::isfinite(c.im))
        return raise(vm, vm.e_OverflowError, "absolute value too large");
    return new_float(vm, r);
}

R<Value> complex_conjugate_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_complex, "conjugate"));
    if (args.n != 1) return raise(vm, vm.e_TypeError, "complex.conjugate() takes no arguments (%u given)", args.n - 1);
    return new_complex(vm, as_complex(self)->real, -as_complex(self)->imag);
}

R<Value> complex_real_get(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_complex, "real"));
    return new_float(vm, as_complex(self)->real);
}

R<Value> complex_imag_get(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_complex, "imag"));
    return new_float(vm, as_complex(self)->imag);
}

// One part of a formatted complex: sign, grouped digits and the rest, without padding.
std::string format_part(double x, char code, int precision, unsigned flags, const FormatSpec& spec, char sign) {
    std::string text = double_to_string(x, code, precision, flags);
    bool negative = !text.empty() && text[0] == '-';
    std::string_view num(text);
    if (negative) num.remove_prefix(1);
    size_t n = 0;
    while (n < num.size() && num[n] >= '0' && num[n] <= '9') n++;
    FormatSpec bare;
    bare.sign = sign;
    bare.grouping = spec.grouping;
    return layout_number(negative, "", num.substr(0, n), num.substr(n), bare);
}

// format(complex, spec) as CPython's format_complex_internal.
bool format_complex(double re, double im, std::string_view spec_text, std::string* out, std::string* err) {
    FormatSpec spec;
    if (!parse_format_spec(spec_text, &spec, err, "complex")) return false;
    switch (spec.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
            break;
        default:
            *err = unknown_format_code_message(spec.type, "complex");
            return false;
    }
    if (spec.zero) {
        *err = "Zero padding is not allowed in complex format specifier";
        return false;
    }
    if (spec.align == '=') {
        *err = "'=' alignment flag is not allowed in complex format specifier";
        return false;
    }
    char code = static_cast<char>(spec.type);
    int default_precision = 6;
    bool skip_re = false, parens = false;
    if (code == 0) {
        code = 'r';
        default_precision = 0;
        if (re == 0.0 && !std::signbit(re)) skip_re = true;
        else parens = true;
    }
    if (code == 'n') code = 'g';
    int precision = static_cast<int>(spec.precision);
    if (spec.precision < 0) precision = default_precision;
    else if (code == 'r') code = 'g';
    unsigned flags = (spec.alt ? unsigned{kDtsfAlt} : 0u) | (spec.z ? unsigned{kDtsfNoNegZero} : 0u);
    std::string body = parens ? "(" : "";
    if (!skip_re) body += format_part(re, code, precision, flags, spec, spec.sign);
    body += format_part(im, code, precision, flags, spec, skip_re ? spec.sign : '+');
    body += parens ? "j)" : "j";
    FormatSpec pad = spec;
    *out = apply_padding(body, pad, '>');
    return true;
}

R<Value> complex_format_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_complex, "__format__"));
    if (args.n != 2 || !is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "__format__() argument must be str");
    if (as_str(args.v[1])->size == 0) return val(TRY(to_str(vm, self)));
    std::string out, err;
    if (!format_complex(as_complex(self)->real, as_complex(self)->imag, as_str(args.v[1])->view(), &out, &err))
        return raise(vm, vm.e_ValueError, "%s", err.c_str());
    return val(TRY(new_str(vm, out)));
}

R<Value> complex_binary(Interpreter& vm, BinOp op, Value av, Value bv) {
    Cx a, b;
    int ok = TRY(operand_complex(vm, av, &a));
    if (!ok) return vm.not_implemented;
    ok = TRY(operand_complex(vm, bv, &b));
    if (!ok) return vm.not_implemented;
    switch (op) {
        case BinOp::Add: return new_complex(vm, c_sum(a, b).re, c_sum(a, b).im);
        case BinOp::Sub: return new_complex(vm, c_diff(a, b).re, c_diff(a, b).im);
        case BinOp::Mul: {
            Cx r = c_prod(a, b);
            return new_complex(vm, r.re, r.im);
        }
        case BinOp::TrueDiv: {
            Cx r;
            if (!c_quot(a, b, &r)) return raise(vm, vm.e_ZeroDivisionError, "complex division by zero");
            return new_complex(vm, r.re, r.im);
        }
        case BinOp::Pow: return complex_pow_values(vm, a.re, a.im, b.re, b.im);
        default: return vm.not_implemented;
    }
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

template <BinOp op> R<Value> complex_op_m(Interpreter& vm, Args args) {
    if (op == BinOp::Pow && args.n == 3) {
        TRY(self_of(vm, args, vm.t_complex, "__pow__"));
        if (!args.v[2].is_none()) return raise(vm, vm.e_ValueError, "complex modulo");
        return complex_binary(vm, op, args.v[0], args.v[1]);
    }
    Value self = TRY(slot_self(vm, args, kBinNames[static_cast<int>(op)], 1));
    return complex_binary(vm, op, self, args.v[1]);
}

template <BinOp op> R<Value> complex_rop_m(Interpreter& vm, Args args) {
    if (op == BinOp::Pow && args.n == 3) {
        TRY(self_of(vm, args, vm.t_complex, "__rpow__"));
        if (!args.v[2].is_none()) return raise(vm, vm.e_ValueError, "complex modulo");
        return complex_binary(vm, op, args.v[1], args.v[0]);
    }
    Value self = TRY(slot_self(vm, args, kRBinNames[static_cast<int>(op)], 1));
    return complex_binary(vm, op, args.v[1], self);
}

template <bool ne> R<Value> complex_eq_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, ne ? "__ne__" : "__eq__", 1));
    Complex* c = as_complex(self);
    Value other = args.v[1];
    bool eq;
    if (is_int_value(other)) {
        eq = c->imag == 0.0 && float_compare_int(c->real, other) == 0;
    } else if (is_kind(other, Kind::Float)) {
        eq = c->imag == 0.0 && c->real == float_value(other);
    } else if (is_kind(other, Kind::Complex)) {
        eq = c->real == as_complex(other)->real && c->imag == as_complex(other)->imag;
    } else {
        return vm.not_implemented;
    }
    return Value::boolean(ne ? !eq : eq);
}

}  // namespace

R<Value> new_complex(Interpreter& vm, double real, double imag) {
    Complex* c = TRY(alloc<Complex>(vm, vm.t_complex));
    c->real = real;
    c->imag = imag;
    return val(c);
}

std::string complex_repr(double real, double imag) {
    if (real == 0.0 && !std::signbit(real)) return double_to_string(imag, 'r', 0, 0) + "j";
    return "(" + double_to_string(real, 'r', 0, 0) + double_to_string(imag, 'r', 0, kDtsfSign) + "j)";
}

R<Value> complex_pow_values(Interpreter& vm, double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, b = {br, bi}, r;
    bool ok;
    if (bi == 0.0 && br == std::floor(br) && std::fabs(br) <= 100.0) {
        ok = c_powi(a, static_cast<long>(br), &r);
    } else {
        ok = c_pow(a, b, &r);
    }
    if (!ok) return raise(vm, vm.e_ZeroDivisionError, "0.0 to a negative or complex power");
    if (std::isinf(r.re) || std::isinf(r.im)) return raise(vm, vm.e_OverflowError, "complex exponentiation");
    return new_complex(vm, r.re, r.im);
}

void init_complex_type(Interpreter& vm) {
    Type* t = vm.t_complex;
    add_staticmethods(vm, t, {{"__new__", complex_new}});
    add_methods(vm, t,
                {{"__repr__", complex_repr_m},
                 {"__format__", complex_format_m},
                 {"__hash__", complex_hash_m},
                 {"__bool__", complex_bool_m},
                 {"__eq__", complex_eq_m<false>},
                 {"__ne__", complex_eq_m<true>},
                 {"__neg__", complex_neg_m},
                 {"__pos__", complex_pos_m},
                 {"__abs__", complex_abs_m},
                 {"__add__", complex_op_m<BinOp::Add>},
                 {"__radd__", complex_rop_m<BinOp::Add>},
                 {"__sub__", complex_op_m<BinOp::Sub>},
                 {"__rsub__", complex_rop_m<BinOp::Sub>},
                 {"__mul__", complex_op_m<BinOp::Mul>},
                 {"__rmul__", complex_rop_m<BinOp::Mul>},
                 {"__truediv__", complex_op_m<BinOp::TrueDiv>},
                 {"__rtruediv__", complex_rop_m<BinOp::TrueDiv>},
                 {"__pow__", complex_op_m<BinOp::Pow>},
                 {"__rpow__", complex_rop_m<BinOp::Pow>},
                 {"conjugate", complex_conjugate_m}});
    add_properties(vm, t, {{"real", complex_real_get}, {"imag", complex_imag_get}});
}

}  // namespace pyco
