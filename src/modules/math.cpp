// The `math` module: CPython 3.11's functions and constants, with its error rules ("math domain error" for
// results outside the domain, "math range error" for overflow) and exact integer functions on big ints.
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "modules/module_util.h"
#include "modules/modules.h"

namespace pyco {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;

Raised domain_error(Interpreter& vm) { return raise(vm, vm.e_ValueError, "math domain error"); }
Raised range_error(Interpreter& vm) { return raise(vm, vm.e_OverflowError, "math range error"); }

R<Value> float_result(Interpreter& vm, double d) { return new_float(vm, d); }

// CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite argument is a range error
// when the function can overflow, a domain error (a pole) otherwise.
R<Value> math_1(Interpreter& vm, Args args, const char* qualname, double (*fn)(double), bool can_overflow) {
    TRY(check_nargs(vm, args, qualname, 1, 1));
    double x = TRY(real_to_double(vm, args.v[0]));
    double r = fn(x);
    if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
    if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    return float_result(vm, r);
}

// CPython's math_2 for two-argument functions.
R<Value> math_2(Interpreter& vm, Args args, const char* name, double (*fn)(double, double)) {
    TRY(check_nargs(vm, args, name, 2, 2));
    double x = TRY(real_to_double(vm, args.v[0]));
    double y = TRY(real_to_double(vm, args.v[1]));
    double r = fn(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(vm);
    return float_result(vm, r);
}

#define MATH_1(name, expr, overflow)                                                           \
    double m_##name(double x) { return expr; }                                                 \
    R<Value> math_##name(Interpreter& vm, Args args) { return math_1(vm, args, "math." #name, m_##name, overflow); }
MATH_1(acos, std::acos(x), false)
MATH_1(acosh, std::acosh(x), false)
MATH_1(asin, std::asin(x), false)
MATH_1(asinh, std::asinh(x), false)
MATH_1(atan, std::atan(x), false)
MATH_1(atanh, std::atanh(x), false)
MATH_1(cbrt, std::cbrt(x), false)
MATH_1(cos, std::cos(x), false)
MATH_1(cosh, std::cosh(x), true)
MATH_1(erf, std::erf(x), false)
MATH_1(erfc, std::erfc(x), false)
MATH_1(exp, std::exp(x), true)
MATH_1(exp2, std::exp2(x), true)
MATH_1(expm1, std::expm1(x), true)
MATH_1(fabs, std::fabs(x), false)
MATH_1(log1p, std::log1p(x), false)
MATH_1(sin, std::sin(x), false)
MATH_1(sinh, std::sinh(x), true)
MATH_1(sqrt, std::sqrt(x), false)
MATH_1(tan, std::tan(x), false)
MATH_1(tanh, std::tanh(x), false)
#undef MATH_1

R<Value> math_gamma(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.gamma", 1, 1));
    double x = TRY(real_to_double(vm, args.v[0]));
    if (std::isnan(x) || x == INFINITY) return float_result(vm, x);
    if (x == -INFINITY || (x <= 0 && x == std::floor(x))) return domain_error(vm);
    double r = std::tgamma(x);
    if (std::isinf(r)) return range_error(vm);
    return float_result(vm, r);
}

R<Value> math_lgamma(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.lgamma", 1, 1));
    double x = TRY(real_to_double(vm, args.v[0]));
    if (std::isnan(x)) return float_result(vm, x);
    if (std::isinf(x)) return float_result(vm, INFINITY);
    if (x <= 0 && x == std::floor(x)) return domain_error(vm);
    double r = std::lgamma(x);
    if (std::isinf(r)) return range_error(vm);
    return float_result(vm, r);
}

double m_atan2(double y, double x) { return std::atan2(y, x); }
double m_copysign(double x, double y) { return std::copysign(x, y); }
double m_fmod(double x, double y) { return std::isinf(y) && std::isfinite(x) ? x : std::fmod(x, y); }
double m_remainder(double x, double y) { return std::remainder(x, y); }
R<Value> math_atan2(Interpreter& vm, Args args) { return math_2(vm, args, "atan2", m_atan2); }
R<Value> math_copysign(Interpreter& vm, Args args) { return math_2(vm, args, "copysign", m_copysign); }
R<Value> math_fmod(Interpreter& vm, Args args) { return math_2(vm, args, "fmod", m_fmod); }
R<Value> math_remainder(Interpreter& vm, Args args) { return math_2(vm, args, "remainder", m_remainder); }

R<Value> math_pow(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "pow", 2, 2));
    double x = TRY(real_to_double(vm, args.v[0]));
    double y = TRY(real_to_double(vm, args.v[1]));
    double r = std::pow(x, y);
    if (std::isfinite(x) && std::isfinite(y) && !std::isfinite(r)) {
        if (std::isnan(r) || x == 0) return domain_error(vm);
        return range_error(vm);
    }
    return float_result(vm, r);
}

R<Value> math_nextafter(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "nextafter", 2, 2));
    double x = TRY(real_to_double(vm, args.v[0]));
    double y = TRY(real_to_double(vm, args.v[1]));
    return float_result(vm, std::nextafter(x, y));
}

R<Value> math_ulp(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.ulp", 1, 1));
    double x = TRY(real_to_double(vm, args.v[0]));
    if (std::isnan(x)) return float_result(vm, x);
    x = std::fabs(x);
    if (std::isinf(x)) return float_result(vm, x);
    double up = std::nextafter(x, INFINITY);
    if (std::isinf(up)) return float_result(vm, x - std::nextafter(x, 0.0));
    return float_result(vm, up - x);
}

R<Value> math_degrees(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.degrees", 1, 1));
    double x = TRY(real_to_double(vm, args.v[0]));
    return float_result(vm, x * (180.0 / kPi));
}

R<Value> math_radians(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.radians", 1, 1));
    double x = TRY(real_to_double(vm, args.v[0]));
    return float_result(vm, x * (kPi / 180.0));
}

R<Value> bool_of(Interpreter& vm, Args args, const char* name, bool (*pred)(double)) {
    TRY(check_nargs(vm, args, name, 1, 1));
    double x = TRY(real_to_double(vm, args.v[0]));
    return Value::boolean(pred(x));
}
R<Value> math_isfinite(Interpreter& vm, Args args) { return bool_of(vm, args, "math.isfinite", [](double x) { return std::isfinite(x); }); }
R<Value> math_isinf(Interpreter& vm, Args args) { return bool_of(vm, args, "math.isinf", [](double x) { return std::isinf(x); }); }
R<Value> math_isnan(Interpreter& vm, Args args) { return bool_of(vm, args, "math.isnan", [](double x) { return std::isnan(x); }); }

R<Value> math_isclose(Interpreter& vm, Args args) {
    if (args.n > 2) return raise(vm, vm.e_TypeError, "isclose() takes exactly 2 positional arguments (%u given)", args.n);
    Value a[4];
    TRY(parse_args(vm, args, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 0, a));
    double x = TRY(real_to_double(vm, a[0]));
    double y = TRY(real_to_double(vm, a[1]));
    double rel = a[2].is_null() ? 1e-9 : TRY(real_to_double(vm, a[2]));
    double abs_tol = a[3].is_null() ? 0.0 : TRY(real_to_double(vm, a[3]));
    if (rel < 0.0 || abs_tol < 0.0) return raise(vm, vm.e_ValueError, "tolerances must be non-negative");
    if (x == y) return Value::boolean(true);
    if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
    double diff = std::fabs(y - x);
    return Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

R<Value> math_frexp(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.frexp", 1, 1));
    double x = TRY(real_to_double(vm, args.v[0]));
    int e = 0;
    double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
    Value mv = TRY(new_float(vm, m));
    return val(TRY(tuple_of(vm, {mv, Value::small_int(e)})));
}

R<Value> math_ldexp(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "ldexp", 2, 2));
    double x = TRY(real_to_double(vm, args.v[0]));
    if (!is_int_value(args.v[1])) return raise(vm, vm.e_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_fits_i64(args.v[1], &e)) e = int_is_negative(args.v[1]) ? INT32_MIN : INT32_MAX;
    if (e > INT32_MAX) e = INT32_MAX;
    if (e < INT32_MIN) e = INT32_MIN;
    if (x == 0 || !std::isfinite(x)) return float_result(vm, x);
    double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) return range_error(vm);
    return float_result(vm, r);
}

R<Value> math_modf(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.modf", 1, 1));
    double x = TRY(real_to_double(vm, args.v[0]));
    double ip, fp;
    if (std::isinf(x)) {
        ip = x;
        fp = std::copysign(0.0, x);
    } else {
        fp = std::modf(x, &ip);
    }
    Value a = TRY(new_float(vm, fp));
    Value b = TRY(new_float(vm, ip));
    return val(TRY(tuple_of(vm, {a, b})));
}

// floor, ceil: exact ints; objects may define __floor__ / __ceil__.
R<Value> rounding(Interpreter& vm, Args args, const char* qualname, Str* dunder, double (*fn)(double)) {
    TRY(check_nargs(vm, args, qualname, 1, 1));
    Value x = args.v[0];
    if (is_kind(x, Kind::Float) && x.as_obj()->type == vm.t_float_) return int_from_double(vm, fn(float_value(x)));
    if (is_int_value(x)) return int_exact(vm, x);
    Value m = TRY(lookup_special(vm, x, dunder));
    if (!m.is_null()) return call0(vm, m);
    double d = TRY(real_to_double(vm, x));
    return int_from_double(vm, fn(d));
}
R<Value> math_floor(Interpreter& vm, Args args) { return rounding(vm, args, "math.floor", vm.n___floor__, [](double d) { return std::floor(d); }); }
R<Value> math_ceil(Interpreter& vm, Args args) { return rounding(vm, args, "math.ceil", vm.n___ceil__, [](double d) { return std::ceil(d); }); }

R<Value> math_trunc(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.trunc", 1, 1));
    Value x = args.v[0];
    if (is_kind(x, Kind::Float) && x.as_obj()->type == vm.t_float_) return int_from_double(vm, std::trunc(float_value(x)));
    if (is_int_value(x)) return int_exact(vm, x);
    Value m = TRY(lookup_special(vm, x, vm.n___trunc__));
    if (m.is_null()) return raise(vm, vm.e_TypeError, "type %s doesn't define __trunc__ method", type_name(vm, x));
    return call0(vm, m);
}

// ---- logarithms (big ints beyond the float range are reduced with frexp) ----------------------------------------

// A positive int as m * 2**e with 0.5 <= m < 1, m correctly rounded to 53 bits.
double big_frexp(const BigInt& b, int64_t* e) {
    uint64_t bits = b.bit_length();
    uint64_t shift = bits > 64 ? bits - 64 : 0;
    BigInt top = BigInt::rshift(b, shift);
    uint64_t t = 0;
    for (size_t i = 0; i < top.digit_count() && i < 2; i++) t |= static_cast<uint64_t>(top.digits()[i]) << (32 * i);
    if (shift && !(BigInt::lshift(top, shift) == b)) t |= 1;  // sticky bit for correct rounding
    int ex;
    double m = std::frexp(static_cast<double>(t), &ex);
    *e = ex + static_cast<int64_t>(shift);
    return m;
}

R<double> log_helper(Interpreter& vm, Value x, double (*fn)(double)) {
    if (is_int_value(x)) {
        if (int_is_negative(x) || int_is_zero(x)) return domain_error(vm);
        double d;
        if (int_to_double(x, &d)) return fn(d);
        int64_t e;
        double m = big_frexp(bigint_of(x), &e);
        return fn(m) + fn(2.0) * static_cast<double>(e);
    }
    double d = TRY(real_to_double(vm, x));
    if (std::isnan(d)) return d;
    if (d <= 0) return domain_error(vm);
    return fn(d);
}

double m_log(double x) { return std::log(x); }
double m_log2(double x) { return std::log2(x); }
double m_log10(double x) { return std::log10(x); }

R<Value> math_log(Interpreter& vm, Args args) {
    if (args.nkw()) return raise(vm, vm.e_TypeError, "math.log() takes no keyword arguments");
    if (args.n < 1 || args.n > 2) return raise(vm, vm.e_TypeError, "math.log requires 1 to 2 arguments");
    double num = TRY(log_helper(vm, args.v[0], m_log));
    if (args.n == 1) return float_result(vm, num);
    double den = TRY(log_helper(vm, args.v[1], m_log));
    if (den == 0) return raise(vm, vm.e_ZeroDivisionError, "float division by zero");
    return float_result(vm, num / den);
}
R<Value> math_log2(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.log2", 1, 1));
    return float_result(vm, TRY(log_helper(vm, args.v[0], m_log2)));
}
R<Value> math_log10(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.log10", 1, 1));
    return float_result(vm, TRY(log_helper(vm, args.v[0], m_log10)));
}

// ---- sums and norms ---------------------------------------------------------------------------------------------

// Shewchuk's exact summation with CPython's treatment of specials and its final half-even correction.
R<Value> math_fsum(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "fsum", 1, 1));
    Value it = TRY(get_iter(vm, args.v[0]));
    std::vector<double> p;
    double special_sum = 0.0, inf_sum = 0.0;
    while (true) {
        Value item = TRY(iter_next(vm, it));
        if (item.is_null()) break;
        double x = TRY(real_to_double(vm, item));
        double xsave = x;
        size_t i = 0;
        for (double y : p) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        p.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                if (std::isfinite(xsave)) return raise(vm, vm.e_OverflowError, "intermediate overflow in fsum");
                if (std::isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                p.clear();
            } else {
                p.push_back(x);
            }
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) return raise(vm, vm.e_ValueError, "-inf + inf in fsum");
        return float_result(vm, special_sum);
    }
    double hi = 0.0, lo = 0.0;
    size_t n = p.size();
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return float_result(vm, hi);
}

// The Euclidean norm of non-negative finite coordinates scaled by their maximum, with a compensated sum of the
// squares and one correction step (nearly always correctly rounded).
double vector_norm(std::vector<double>& v, double max, bool found_nan) {
    if (std::isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || v.size() <= 1) return max;
    int max_e;
    std::frexp(max, &max_e);
    if (max_e < -1023) {
        for (double& x : v) x /= DBL_MIN;
        return DBL_MIN * vector_norm(v, max / DBL_MIN, found_nan);
    }
    double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (double x : v) {
        x *= scale;
        double hi = x * x, lo = std::fma(x, x, -hi);
        double s = csum + hi;
        double slo = (csum - s) + hi;
        csum = s;
        frac1 += lo;
        frac2 += slo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
    double phi = -h * h, plo = std::fma(-h, h, -phi);
    double s = csum + phi;
    double slo = (csum - s) + phi;
    csum = s;
    frac1 += plo;
    frac2 += slo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

R<Value> math_hypot(Interpreter& vm, Args args) {
    if (args.nkw()) return raise(vm, vm.e_TypeError, "hypot() takes no keyword arguments");
    std::vector<double> v;
    double max = 0.0;
    bool found_nan = false;
    for (uint32_t i = 0; i < args.n; i++) {
        double x = std::fabs(TRY(real_to_double(vm, args.v[i])));
        found_nan |= std::isnan(x);
        if (x > max) max = x;
        v.push_back(x);
    }
    return float_result(vm, vector_norm(v, max, found_nan));
}

R<Value> math_dist(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "dist", 2, 2));
    Value pts[2];
    for (int k = 0; k < 2; k++) {
        pts[k] = args.v[k];
        if (!is_kind(pts[k], Kind::Tuple)) {
            List* l = TRY(list_from_iterable(vm, pts[k]));
            pts[k] = val(TRY(tuple_from_span(vm, l->items, l->size)));
        }
    }
    Tuple* p = as_tuple(pts[0]);
    Tuple* q = as_tuple(pts[1]);
    if (p->size != q->size) return raise(vm, vm.e_ValueError, "both points must have the same number of dimensions");
    std::vector<double> v;
    double max = 0.0;
    bool found_nan = false;
    for (uint32_t i = 0; i < p->size; i++) {
        double a = TRY(real_to_double(vm, p->items[i]));
        double b = TRY(real_to_double(vm, q->items[i]));
        double x = std::fabs(a - b);
        found_nan |= std::isnan(x);
        if (x > max) max = x;
        v.push_back(x);
    }
    return float_result(vm, vector_norm(v, max, found_nan));
}

R<Value> math_prod(Interpreter& vm, Args args) {
    if (args.n != 1) return raise(vm, vm.e_TypeError, "prod() takes exactly 1 positional argument (%u given)", args.n);
    Value a[2];
    TRY(parse_args(vm, args, "prod", {"iterable", "start"}, 1, 1, a));
    Value result = a[1].is_null() ? Value::small_int(1) : a[1];
    Value it = TRY(get_iter(vm, a[0]));
    while (true) {
        Value item = TRY(iter_next(vm, it));
        if (item.is_null()) break;
        result = TRY(binary_op(vm, BinOp::Mul, result, item));
    }
    return result;
}

// ---- integer functions ------------------------------------------------------------------------------------------

// The product lo * (lo+1) * ... * (lo+count-1), by binary splitting (balanced multiplications).
BigInt range_product(const BigInt& lo, uint64_t count) {
    if (count == 0) return BigInt::from_i64(1);
    if (count == 1) return lo;
    if (count <= 8 && lo.fits_i64() && lo.to_i64() < (1 << 20)) {
        BigInt r = lo;
        int64_t start = lo.to_i64();
        for (uint64_t i = 1; i < count; i++) r = BigInt::mul(r, BigInt::from_i64(start + static_cast<int64_t>(i)));
        return r;
    }
    uint64_t half = count / 2;
    BigInt a = range_product(lo, half);
    BigInt b = range_product(BigInt::add(lo, BigInt::from_u64(half)), count - half);
    return BigInt::mul(a, b);
}

R<Value> math_factorial(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.factorial", 1, 1));
    Value n = TRY(index_of(vm, args.v[0]));
    if (int_is_negative(n)) return raise(vm, vm.e_ValueError, "factorial() not defined for negative values");
    int64_t k;
    if (!int_fits_i64(n, &k)) return raise(vm, vm.e_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    if (static_cast<uint64_t>(k) > vm.config.heap_size) return raise_memory_error(vm);
    return int_of_bigint(vm, range_product(BigInt::from_i64(1), static_cast<uint64_t>(k)));
}

R<Value> math_perm(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "perm", 1, 2));
    Value n = TRY(index_of(vm, args.v[0]));
    if (args.n == 1 || args.v[1].is_none()) {
        if (int_is_negative(n)) return raise(vm, vm.e_ValueError, "n must be a non-negative integer");
        Value a[1] = {n};
        return math_factorial(vm, Args{a, 1, nullptr});
    }
    Value k = TRY(index_of(vm, args.v[1]));
    if (int_is_negative(n)) return raise(vm, vm.e_ValueError, "n must be a non-negative integer");
    if (int_is_negative(k)) return raise(vm, vm.e_ValueError, "k must be a non-negative integer");
    if (int_compare(k, n) > 0) return Value::small_int(0);
    int64_t kk;
    if (!int_fits_i64(k, &kk)) return raise(vm, vm.e_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    BigInt bn = bigint_of(n);
    BigInt lo = BigInt::add(BigInt::sub(bn, BigInt::from_i64(kk)), BigInt::from_i64(1));
    return int_of_bigint(vm, range_product(lo, static_cast<uint64_t>(kk)));
}

R<Value> math_comb(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "comb", 2, 2));
    Value n = TRY(index_of(vm, args.v[0]));
    Value k = TRY(index_of(vm, args.v[1]));
    if (int_is_negative(n)) return raise(vm, vm.e_ValueError, "n must be a non-negative integer");
    if (int_is_negative(k)) return raise(vm, vm.e_ValueError, "k must be a non-negative integer");
    BigInt bn = bigint_of(n), bk = bigint_of(k);
    BigInt rest = BigInt::sub(bn, bk);
    if (rest.is_negative()) return Value::small_int(0);
    if (BigInt::cmp(rest, bk) < 0) bk = rest;
    if (!bk.fits_i64()) return raise(vm, vm.e_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    uint64_t kk = static_cast<uint64_t>(bk.to_i64());
    BigInt lo = BigInt::add(BigInt::sub(bn, bk), BigInt::from_i64(1));
    BigInt num = range_product(lo, kk);
    BigInt den = range_product(BigInt::from_i64(1), kk);
    return int_of_bigint(vm, BigInt::floordiv(num, den));
}

R<Value> math_gcd(Interpreter& vm, Args args) {
    if (args.nkw()) return raise(vm, vm.e_TypeError, "gcd() takes no keyword arguments");
    BigInt g;
    for (uint32_t i = 0; i < args.n; i++) {
        Value x = TRY(index_of(vm, args.v[i]));
        g = BigInt::gcd(g, bigint_of(x));
    }
    return int_of_bigint(vm, g);
}

R<Value> math_lcm(Interpreter& vm, Args args) {
    if (args.nkw()) return raise(vm, vm.e_TypeError, "lcm() takes no keyword arguments");
    BigInt l = BigInt::from_i64(1);
    for (uint32_t i = 0; i < args.n; i++) {
        BigInt x = BigInt::abs(bigint_of(TRY(index_of(vm, args.v[i]))));
        if (x.is_zero() || l.is_zero()) {
            l = BigInt();
            continue;
        }
        l = BigInt::mul(BigInt::floordiv(l, BigInt::gcd(l, x)), x);
    }
    return int_of_bigint(vm, l);
}

R<Value> math_isqrt(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "math.isqrt", 1, 1));
    Value n = TRY(index_of(vm, args.v[0]));
    if (int_is_negative(n)) return raise(vm, vm.e_ValueError, "isqrt() argument must be nonnegative");
    BigInt b = bigint_of(n);
    if (b.is_zero()) return Value::small_int(0);
    // Newton's iteration from above: x0 = 2**ceil(bits/2) >= sqrt(n); stops when it no longer decreases.
    BigInt x = BigInt::lshift(BigInt::from_i64(1), (b.bit_length() + 1) / 2);
    while (true) {
        BigInt y = BigInt::rshift(BigInt::add(x, BigInt::floordiv(b, x)), 1);
        if (BigInt::cmp(y, x) >= 0) break;
        x = y;
    }
    return int_of_bigint(vm, x);
}

}  // namespace

Status init_math_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "math"));
    TRY(module_add_functions(vm, m, {
        {"acos", math_acos}, {"acosh", math_acosh}, {"asin", math_asin}, {"asinh", math_asinh}, {"atan", math_atan},
        {"atan2", math_atan2}, {"atanh", math_atanh}, {"cbrt", math_cbrt}, {"ceil", math_ceil}, {"comb", math_comb},
        {"copysign", math_copysign}, {"cos", math_cos}, {"cosh", math_cosh}, {"degrees", math_degrees},
        {"dist", math_dist}, {"erf", math_erf}, {"erfc", math_erfc}, {"exp", math_exp}, {"exp2", math_exp2},
        {"expm1", math_expm1}, {"fabs", math_fabs}, {"factorial", math_factorial}, {"floor", math_floor},
        {"fmod", math_fmod}, {"frexp", math_frexp}, {"fsum", math_fsum}, {"gamma", math_gamma}, {"gcd", math_gcd},
        {"hypot", math_hypot}, {"isclose", math_isclose}, {"isfinite", math_isfinite}, {"isinf", math_isinf},
        {"isnan", math_isnan}, {"isqrt", math_isqrt}, {"lcm", math_lcm}, {"ldexp", math_ldexp},
        {"lgamma", math_lgamma}, {"log", math_log}, {"log10", math_log10}, {"log1p", math_log1p},
        {"log2", math_log2}, {"modf", math_modf}, {"nextafter", math_nextafter}, {"perm", math_perm},
        {"pow", math_pow}, {"prod", math_prod}, {"radians", math_radians}, {"remainder", math_remainder},
        {"sin", math_sin}, {"sinh", math_sinh}, {"sqrt", math_sqrt}, {"tan", math_tan}, {"tanh", math_tanh},
        {"trunc", math_trunc}, {"ulp", math_ulp},
    }));
    TRY(module_set(vm, m, "pi", TRY(new_float(vm, kPi))));
    TRY(module_set(vm, m, "e", TRY(new_float(vm, kE))));
    TRY(module_set(vm, m, "tau", TRY(new_float(vm, 2 * kPi))));
    TRY(module_set(vm, m, "inf", TRY(new_float(vm, INFINITY))));
    TRY(module_set(vm, m, "nan", TRY(new_float(vm, NAN))));
    return Status::ok();
}

}  // namespace pyco
