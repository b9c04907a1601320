# math: elementary functions, constants, rounding to ints, float decomposition
# (gamma/lgamma of non-integers come from the C library, which may differ from CPython in the last bit: rounded)
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for f in (math.sqrt, math.exp, math.log, math.log2, math.log10, math.log1p, math.expm1, math.sin, math.cos,
          math.tan, math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.fabs, math.cbrt, math.exp2,
          math.erf, math.erfc):
    print(f.__name__, [f(x) for x in (0.5, 1, 2, 10)])
print([math.acos(x) for x in (-1, 0, 0.5, 1)], [math.asin(x) for x in (-1, 0, 0.5)], math.acosh(2), math.atanh(0.5))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.hypot(3, 4), math.hypot(), math.hypot(-2), math.hypot(1, 2, 3, 4))
print(math.hypot(1e300, 1e300), math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], (1, 1, 1)), math.degrees(math.pi), math.radians(180))
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-8, 1/3) if False else 0)
print(math.log(8, 2), math.log(100, 10), math.log(10**1000), math.log2(2**2000), math.log10(10**500), math.log(2**1023 * 3))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.7), math.trunc(2.7))
print(math.floor(1e300) == int(1e300), type(math.floor(3)), math.floor(True), math.ceil(10**30), math.trunc(-7))
class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()))
class I:
    def __index__(self): return 16
print(math.sqrt(I()), math.factorial(I()))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, math.inf), math.remainder(7, 3), math.remainder(5, 2), math.copysign(3, -0.0))
print(math.frexp(8), math.frexp(0.0), math.frexp(-0.1), math.ldexp(0.5, 4), math.ldexp(1.0, -1080), math.ldexp(1.0, -10**30))
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.modf(-math.inf))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf))
print(math.gamma(5), math.isclose(math.gamma(0.5), math.sqrt(math.pi)), round(math.gamma(3.7), 10), math.lgamma(1), round(math.lgamma(10.5), 10), math.gamma(-0.5) < 0)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)), math.fsum([math.inf, 1]), math.fsum([math.nan, math.inf]))
print(math.fsum([2.0 ** 53, 1.0, 2.0 ** -100]), math.fsum([2.0 ** 53, -1.0, -(2.0 ** -100)]), math.fsum([1e308, -1e308, 1e308]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod([1, 2], start=10), math.prod(['ab'], start=3))
print([math.hypot(*map(float, range(n))) for n in range(2, 8)])
print([math.dist((i * 0.1, 2), (3, i * 0.37)) for i in range(6)])
