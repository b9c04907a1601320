// float: heap Float objects, mixed float/int arithmetic and comparison, and the methods of the float type.
#include <cmath>
#include <cstring>
#include <string>

#include "objects/bigint.h"
#include "objects/float_format.h"
#include "objects/objects.h"

namespace pyco {

R<Value> new_float(Interpreter& vm, double d) {
    Float* f = TRY(alloc<Float>(vm, vm.t_float_));
    f->value = d;
    return val(f);
}

R<bool> number_to_double(Interpreter& vm, Value v, double* out) {
    if (is_kind(v, Kind::Float)) {
        *out = float_value(v);
        return true;
    }
    if (!int_to_double(v, out)) return raise(vm, vm.e_OverflowError, "int too large to convert to float");
    return true;
}

namespace {

// The operand as a double when it is a float or an int (OverflowError for huge ints); false when neither.
R<bool> operand_double(Interpreter& vm, Value v, double* out) {
    if (is_kind(v, Kind::Float)) {
        *out = float_value(v);
        return true;
    }
    if (!is_int_value(v)) return false;
    TRY(number_to_double(vm, v, out));
    return true;
}

Raised zero_division(Interpreter& vm, const char* msg) { return raise(vm, vm.e_ZeroDivisionError, "%s", msg); }

// NaN hashes by identity in 3.11 (CPython's _Py_HashPointer).
int64_t pointer_hash(Value v) {
    uintptr_t p = v.bits();
    uintptr_t y = (p >> 4) | (p << (sizeof(p) * 8 - 4));
    auto h = static_cast<int64_t>(static_cast<intptr_t>(y));
    return h == -1 ? -2 : h;
}

}  // namespace

R<Value> float_binary(Interpreter& vm, BinOp op, Value a, Value b) {
    switch (op) {
        case BinOp::Add: case BinOp::Sub: case BinOp::Mul: case BinOp::TrueDiv: case BinOp::FloorDiv:
        case BinOp::Mod: case BinOp::Pow:
            break;
        default:
            return vm.not_implemented;
    }
    if (!is_kind(a, Kind::Float) && !is_kind(b, Kind::Float)) return vm.not_implemented;
    double x, y;
    bool ok = TRY(operand_double(vm, a, &x));
    if (!ok) return vm.not_implemented;
    ok = TRY(operand_double(vm, b, &y));
    if (!ok) return vm.not_implemented;
    double r = 0;
    switch (op) {
        case BinOp::Add: r = x + y; break;
        case BinOp::Sub: r = x - y; break;
        case BinOp::Mul: r = x * y; break;
        case BinOp::TrueDiv:
            if (y == 0) return zero_division(vm, "float division by zero");
            r = x / y;
            break;
        case BinOp::FloorDiv:
            if (!float_floordiv(x, y, &r)) return zero_division(vm, kFloorDivZeroMessage);
            break;
        case BinOp::Mod:
            if (!float_mod(x, y, &r)) return zero_division(vm, kModZeroMessage);
            break;
        case BinOp::Pow: {
            int err = kPowOk;
            r = float_pow(x, y, &err);
            if (err == kPowZeroDivision) return zero_division(vm, "0.0 cannot be raised to a negative power");
            if (err == kPowOverflow) return raise(vm, vm.e_OverflowError, "(34, 'Numerical result out of range')");
            if (err == kPowComplex) return complex_pow_values(vm, x, 0.0, y, 0.0);
            break;
        }
        default:
            return vm.not_implemented;
    }
    return new_float(vm, r);
}

int float_compare_int(double d, Value i) {
    if (std::isnan(d)) return 2;
    if (std::isinf(d)) return d > 0 ? 1 : -1;
    int64_t n;
    if (i.is_int()) {
        n = i.as_int();
        constexpr int64_t kExact = int64_t{1} << 53;
        if (n >= -kExact && n <= kExact) {
            double nd = static_cast<double>(n);
            return d < nd ? -1 : d > nd ? 1 : 0;
        }
    }
    // Exact: compare floor(d) as an integer, then the fractional part.
    double fl = std::floor(d);
    int c;
    if (fl > -9.0e18 && fl < 9.0e18 && int_fits_i64(i, &n)) {
        auto f = static_cast<int64_t>(fl);
        c = f < n ? -1 : f > n ? 1 : 0;
    } else {
        BigInt other;
        if (i.is_int()) {
            other = BigInt::from_i64(i.as_int());
        } else if (i.is_bool()) {
            other = BigInt::from_i64(i.is_true() ? 1 : 0);
        } else {
            Int* o = static_cast<Int*>(i.as_obj());
            other = BigInt(o->negative, o->digits, o->ndigits);
        }
        c = BigInt::cmp(BigInt::from_double(fl), other);
    }
    if (c != 0) return c;
    return d > fl ? 1 : 0;
}

R<Str*> float_format_value(Interpreter& vm, double d, std::string_view spec, const char* type_name) {
    std::string out, err;
    if (spec.empty()) return new_str(vm, float_repr(d));
    FormatSpec parsed;
    if (!parse_format_spec(spec, &parsed, &err, type_name)) return raise(vm, vm.e_ValueError, "%s", err.c_str());
    if (!format_float(d, parsed, &out, &err)) {
        if (err.rfind("Unknown format code", 0) == 0)
            err = unknown_format_code_message(parsed.type, type_name);
        return raise(vm, vm.e_ValueError, "%s", err.c_str());
    }
    return new_str(vm, out);
}

R<Value> float_from_object(Interpreter& vm, Value x) {
    Type* t = type_of(vm, x);
    if (t == vm.t_float_) return x;
    if (t == vm.t_int_ || t == vm.t_bool_) {
        double d;
        TRY(number_to_double(vm, x, &d));
        return new_float(vm, d);
    }
    std::string_view text;
    std::string copy;
    bool is_text = false;
    if (!is_kind(x, Kind::Str) && !is_kind(x, Kind::Bytes) && !is_kind(x, Kind::ByteArray)) {
        bool found = false;
        Value r = TRY(call_method(vm, x, vm.n___float__, nullptr, 0, &found));
        if (found) {
            if (!is_kind(r, Kind::Float))
                return raise(vm, vm.e_TypeError, "%s.__float__ returned non-float (type %s)", t->name->data,
                             type_name(vm, r));
            if (r.as_obj()->type == vm.t_float_) return r;
            return new_float(vm, float_value(r));
        }
        r = TRY(call_method(vm, x, vm.n___index__, nullptr, 0, &found));
        if (found) {
            if (!is_int_value(r))
                return raise(vm, vm.e_TypeError, "__index__ returned non-int (type %s)", type_name(vm, r));
            double d;
            TRY(number_to_double(vm, r, &d));
            return new_float(vm, d);
        }
        return raise(vm, vm.e_TypeError, "float() argument must be a string or a real number, not '%s'",
                     type_name(vm, x));
    }
    if (is_kind(x, Kind::Str)) {
        text = as_str(x)->view();
        is_text = true;
    } else if (is_kind(x, Kind::Bytes)) {
        text = as_bytes(x)->view();
    } else {
        auto* ba = static_cast<ByteArray*>(x.as_obj());
        copy.assign(reinterpret_cast<const char*>(ba->data), ba->size);
        text = copy;
    }
    double d;
    if (!parse_float(text, &d)) {
        Str* shown = is_text ? TRY(repr(vm, x)) : TRY(bytes_repr(vm, text));
        return raise(vm, vm.e_ValueError, "could not convert string to float: %s", shown->data);
    }
    return new_float(vm, d);
}

namespace {

// Receiver and arity checks of a slot wrapper, with CPython's wording.
R<Value> slot_self(Interpreter& vm, Args args, const char* name, uint32_t nargs) {
    Type* t = vm.t_float_;
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

R<double> self_double(Interpreter& vm, Args args, const char* name, uint32_t nargs) {
    Value self = TRY(slot_self(vm, args, name, nargs));
    return float_value(self);
}

R<double> noargs_double(Interpreter& vm, Args args, const char* name) {
    Value self = TRY(self_of(vm, args, vm.t_float_, name));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "float.%s() takes no keyword arguments", name);
    if (args.n != 1) return raise(vm, vm.e_TypeError, "float.%s() takes no arguments (%u given)", name, args.n - 1);
    return float_value(self);
}

R<Value> float_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0]))
        return raise(vm, vm.e_TypeError, "float.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (!is_subtype(cls, vm.t_float_))
        return raise(vm, vm.e_TypeError, "float.__new__(%s): %s is not a subtype of float", cls->name->data,
                     cls->name->data);
    if (args.nkw()) return raise(vm, vm.e_TypeError, "float() takes no keyword arguments");
    if (args.n > 2) return raise(vm, vm.e_TypeError, "float expected at most 1 argument, got %u", args.n - 1);
    Value r = args.n == 2 ? TRY(float_from_object(vm, args.v[1])) : TRY(new_float(vm, 0.0));
    if (cls == vm.t_float_) return r;
    Float* f = TRY(alloc<Float>(vm, cls));
    f->value = float_value(r);
    return val(f);
}

R<Value> float_repr_m(Interpreter& vm, Args args) {
    double d = TRY(self_double(vm, args, "__repr__", 0));
    return val(TRY(new_str(vm, float_repr(d))));
}

R<Value> float_format_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_float_, "__format__"));
    if (args.n != 2 || args.nkw())
        return raise(vm, vm.e_TypeError, "__format__() takes exactly one argument (%u given)", args.n - 1);
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "__format__() argument must be str, not %s", type_name(vm, args.v[1]));
    if (as_str(args.v[1])->size == 0) return val(TRY(to_str(vm, self)));
    return val(TRY(float_format_value(vm, float_value(self), as_str(args.v[1])->view(), type_name(vm, self))));
}

R<Value> float_hash_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, "__hash__", 0));
    double d = float_value(self);
    if (std::isnan(d)) return make_int(vm, pointer_hash(self));
    return make_int(vm, float_hash(d));
}

R<Value> float_richcompare(Interpreter& vm, double x, Value other, CmpOp op) {
    int c;
    if (is_kind(other, Kind::Float)) {
        double y = float_value(other);
        if (std::isnan(x) || std::isnan(y)) return Value::boolean(op == CmpOp::Ne);
        c = x < y ? -1 : x > y ? 1 : 0;
    } else if (is_int_value(other)) {
        c = float_compare_int(x, other);
        if (c == 2) return Value::boolean(op == CmpOp::Ne);
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

template <CmpOp op> R<Value> float_cmp_m(Interpreter& vm, Args args) {
    double x = TRY(self_double(vm, args, kCmpNames[static_cast<int>(op)], 1));
    return float_richcompare(vm, x, args.v[1], op);
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

template <BinOp op> R<Value> float_op_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, kBinNames[static_cast<int>(op)], 1));
    Value other = args.v[1];
    if (!is_kind(other, Kind::Float) && !is_int_value(other)) return vm.not_implemented;
    return float_binary(vm, op, self, other);
}

template <BinOp op> R<Value> float_rop_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, kRBinNames[static_cast<int>(op)], 1));
    Value other = args.v[1];
    if (!is_kind(other, Kind::Float) && !is_int_value(other)) return vm.not_implemented;
    return float_binary(vm, op, other, self);
}

R<Value> divmod_values(Interpreter& vm, Value a, Value b) {
    double x, y;
    bool ok = TRY(operand_double(vm, a, &x));
    if (!ok) return vm.not_implemented;
    ok = TRY(operand_double(vm, b, &y));
    if (!ok) return vm.not_implemented;
    double q, r;
    if (!float_divmod(x, y, &q, &r)) return zero_division(vm, kDivmodZeroMessage);
    Value qv = TRY(new_float(vm, q));
    Value rv = TRY(new_float(vm, r));
    return val(TRY(tuple_of(vm, {qv, rv})));
}

R<Value> float_divmod_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, "__divmod__", 1));
    return divmod_values(vm, self, args.v[1]);
}

R<Value> float_rdivmod_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, "__rdivmod__", 1));
    return divmod_values(vm, args.v[1], self);
}

// __pow__/__rpow__ accept an optional modulus, which floats refuse unless it is None.
template <bool reflected> R<Value> float_pow_m(Interpreter& vm, Args args) {
    const char* name = reflected ? "__rpow__" : "__pow__";
    Value self;
    if (args.n == 3 && !args.nkw()) {
        self = TRY(self_of(vm, args, vm.t_float_, name));
        if (!args.v[2].is_none())
            return raise(vm, vm.e_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    } else {
        self = TRY(slot_self(vm, args, name, 1));
    }
    Value other = args.v[1];
    if (!is_kind(other, Kind::Float) && !is_int_value(other)) return vm.not_implemented;
    return reflected ? float_binary(vm, BinOp::Pow, other, self) : float_binary(vm, BinOp::Pow, self, other);
}

R<Value> float_bool_m(Interpreter& vm, Args args) {
    double d = TRY(self_double(vm, args, "__bool__", 0));
    return Value::boolean(d != 0.0);
}

R<Value> float_neg_m(Interpreter& vm, Args args) {
    double d = TRY(self_double(vm, args, "__neg__", 0));
    return new_float(vm, -d);
}

R<Value> float_pos_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, "__pos__", 0));
    if (self.as_obj()->type == vm.t_float_) return self;
    return new_float(vm, float_value(self));
}

R<Value> float_abs_m(Interpreter& vm, Args args) {
    double d = TRY(self_double(vm, args, "__abs__", 0));
    return new_float(vm, std::fabs(d));
}

R<Value> float_float_m(Interpreter& vm, Args args) {
    Value self = TRY(slot_self(vm, args, "__float__", 0));
    if (self.as_obj()->type == vm.t_float_) return self;
    return new_float(vm, float_value(self));
}

R<Value> float_int_m(Interpreter& vm, Args args) {
    double d = TRY(self_double(vm, args, "__int__", 0));
    return int_from_double(vm, d);
}

R<Value> float_trunc_m(Interpreter& vm, Args args) {
    double d = TRY(noargs_double(vm, args, "__trunc__"));
    return int_from_double(vm, d);
}

R<Value> float_floor_m(Interpreter& vm, Args args) {
    double d = TRY(noargs_double(vm, args, "__floor__"));
    return int_from_double(vm, std::floor(d));
}

R<Value> float_ceil_m(Interpreter& vm, Args args) {
    double d = TRY(noargs_double(vm, args, "__ceil__"));
    return int_from_double(vm, std::ceil(d));
}

R<Value> float_round_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_float_, "__round__"));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "float.__round__() takes no keyword arguments");
    if (args.n > 2) return raise(vm, vm.e_TypeError, "__round__ expected at most 1 argument, got %u", args.n - 1);
    double x = float_value(self);
    if (args.n == 1 || args.v[1].is_none()) return int_from_double(vm, float_round_half_even(x));
    Value nd = args.v[1];
    int64_t n;
    // CPython clamps ndigits to the ssize_t range.
    if (is_int_value(nd) && !int_fits_i64(nd, &n)) {
        n = int_is_negative(nd) ? INT64_MIN : INT64_MAX;
    } else {
        n = TRY(index_value(vm, nd));
    }
    bool overflow = false;
    double r = float_round(x, n, &overflow);
    if (overflow) return raise(vm, vm.e_OverflowError, "rounded value too large to represent");
    return new_float(vm, r);
}

R<Value> float_is_integer_m(Interpreter& vm, Args args) {
    double d = TRY(noargs_double(vm, args, "is_integer"));
    return Value::boolean(std::isfinite(d) && std::floor(d) == d);
}

R<Value> float_as_integer_ratio_m(Interpreter& vm, Args args) {
    double d = TRY(noargs_double(vm, args, "as_integer_ratio"));
    int64_t mantissa;
    int exp2;
    if (!float_as_integer_ratio(d, &mantissa, &exp2)) {
        if (std::isnan(d)) return raise(vm, vm.e_ValueError, "cannot convert NaN to integer ratio");
        return raise(vm, vm.e_OverflowError, "cannot convert Infinity to integer ratio");
    }
    Value m = TRY(make_int(vm, mantissa));
    Value num, den;
    if (exp2 >= 0) {
        num = TRY(int_binary(vm, BinOp::LShift, m, Value::small_int(exp2)));
        den = Value::small_int(1);
    } else {
        num = m;
        den = TRY(int_binary(vm, BinOp::LShift, Value::small_int(1), Value::small_int(-exp2)));
    }
    return val(TRY(tuple_of(vm, {num, den})));
}

R<Value> float_hex_m(Interpreter& vm, Args args) {
    double d = TRY(noargs_double(vm, args, "hex"));
    return val(TRY(new_str(vm, float_hex(d))));
}

R<Value> float_fromhex_m(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "fromhex() needs a type");
    if (args.nkw()) return raise(vm, vm.e_TypeError, "float.fromhex() takes no keyword arguments");
    if (args.n != 2)
        return raise(vm, vm.e_TypeError, "float.fromhex() takes exactly one argument (%u given)", args.n - 1);
    if (!is_kind(args.v[1], Kind::Str)) return raise(vm, vm.e_TypeError, "bad argument type for built-in operation");
    double d;
    FromHexStatus st = float_fromhex(as_str(args.v[1])->view(), &d);
    if (st == FromHexStatus::kOverflow) return raise(vm, vm.e_OverflowError, "%s", fromhex_error_message(st));
    if (st != FromHexStatus::kOk) return raise(vm, vm.e_ValueError, "%s", fromhex_error_message(st));
    Value f = TRY(new_float(vm, d));
    if (args.v[0].as_obj() == vm.t_float_) return f;
    return call1(vm, args.v[0], f);
}

R<Value> float_conjugate_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_float_, "conjugate"));
    if (args.n != 1) return raise(vm, vm.e_TypeError, "float.conjugate() takes no arguments (%u given)", args.n - 1);
    if (self.as_obj()->type == vm.t_float_) return self;
    return new_float(vm, float_value(self));
}

R<Value> float_real_get(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_float_, "real"));
    if (self.as_obj()->type == vm.t_float_) return self;
    return new_float(vm, float_value(self));
}

R<Value> float_imag_get(Interpreter& vm, Args args) {
    TRY(self_of(vm, args, vm.t_float_, "imag"));
    return new_float(vm, 0.0);
}

R<Value> float_getformat_m(Interpreter& vm, Args args) {
    if (args.n != 2 || !is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "__getformat__() argument must be str");
    std::string_view s = as_str(args.v[1])->view();
    if (s != "double" && s != "float")
        return raise(vm, vm.e_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return val(TRY(new_str(vm, "IEEE, little-endian")));
}

}  // namespace

void init_float_type(Interpreter& vm) {
    Type* t = vm.t_float_;
    add_staticmethods(vm, t, {{"__new__", float_new}});
    add_methods(vm, t,
                {{"__repr__", float_repr_m},
                 {"__format__", float_format_m},
                 {"__hash__", float_hash_m},
                 {"__bool__", float_bool_m},
                 {"__eq__", float_cmp_m<CmpOp::Eq>},
                 {"__ne__", float_cmp_m<CmpOp::Ne>},
                 {"__lt__", float_cmp_m<CmpOp::Lt>},
                 {"__le__", float_cmp_m<CmpOp::Le>},
                 {"__gt__", float_cmp_m<CmpOp::Gt>},
                 {"__ge__", float_cmp_m<CmpOp::Ge>},
                 {"__add__", float_op_m<BinOp::Add>},
                 {"__radd__", float_rop_m<BinOp::Add>},
                 {"__sub__", float_op_m<BinOp::Sub>},
                 {"__rsub__", float_rop_m<BinOp::Sub>},
                 {"__mul__", float_op_m<BinOp::Mul>},
                 {"__rmul__", float_rop_m<BinOp::Mul>},
                 {"__truediv__", float_op_m<BinOp::TrueDiv>},
                 {"__rtruediv__", float_rop_m<BinOp::TrueDiv>},
                 {"__floordiv__", float_op_m<BinOp::FloorDiv>},
                 {"__rfloordiv__", float_rop_m<BinOp::FloorDiv>},
                 {"__mod__", float_op_m<BinOp::Mod>},
                 {"__rmod__", float_rop_m<BinOp::Mod>},
                 {"__divmod__", float_divmod_m},
                 {"__rdivmod__", float_rdivmod_m},
                 {"__pow__", float_pow_m<false>},
                 {"__rpow__", float_pow_m<true>},
                 {"__neg__", float_neg_m},
                 {"__pos__", float_pos_m},
                 {"__abs__", float_abs_m},
                 {"__float__", float_float_m},
                 {"__int__", float_int_m},
                 {"__trunc__", float_trunc_m},
                 {"__floor__", float_floor_m},
                 {"__ceil__", float_ceil_m},
                 {"__round__", float_round_m},
                 {"is_integer", float_is_integer_m},
                 {"as_integer_ratio", float_as_integer_ratio_m},
                 {"hex", float_hex_m},
                 {"conjugate", float_conjugate_m}});
    add_classmethods(vm, t, {{"fromhex", float_fromhex_m}, {"__getformat__", float_getformat_m}});
    add_properties(vm, t, {{"real", float_real_get}, {"imag", float_imag_get}});
}

}  // namespace pyco
