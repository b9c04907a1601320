# math: errors with CPython's exception types and messages
import math
tests = ['math.factorial(2.0)', 'math.factorial(-1)', 'math.gcd(1.5)', 'math.comb(-1, 2)', 'math.comb(5, -1)',
         'math.perm(5, -1)', 'math.perm(-5, 1)', 'math.isqrt(-1)', 'math.sqrt("x")', 'math.ldexp(1.0, 1.5)',
         'math.ldexp(1e300, 100)', 'math.log(0)', 'math.log(-1)', 'math.log(10, 1)', 'math.log(10, 0)',
         'math.log(-10**1000)', 'math.log(0.0)', 'math.log2(-1)', 'math.log10(0)',
         'math.dist((1, 2), (1,))', 'math.fsum([1e308, 1e308])', 'math.fsum([math.inf, -math.inf])',
         'math.isclose(1, 2, rel_tol=-1)', 'math.trunc("x")', 'math.floor("x")', 'math.ceil(None)',
         'math.exp(1000)', 'math.pow(0, -1)', 'math.pow(-1, 0.5)', 'math.pow(10, 400)', 'math.gamma(0)',
         'math.gamma(-1)', 'math.gamma(200)', 'math.lgamma(0)', 'math.lgamma(-2)', 'math.fmod(1, 0)',
         'math.fmod(math.inf, 1)', 'math.remainder(1, 0)', 'math.acos(2)', 'math.asin(-2)', 'math.atanh(1)',
         'math.sqrt(-1)', 'math.cosh(1000)', 'math.sinh(-1000)', 'math.expm1(1000)', 'math.exp2(2000)',
         'math.log1p(-1)', 'math.sin(math.inf)', 'math.factorial(10**20)', 'math.perm(5, 1.0)',
         'math.comb(10**20, 10**19)', 'math.prod([1, 2], 1)', 'math.hypot("a")', 'math.nextafter(1)',
         'math.log("x")', 'math.floor(math.inf)', 'math.ceil(math.nan)', 'math.trunc(math.nan)', 'math.isqrt(2.0)',
         'math.frexp("a")', 'math.sqrt()', 'math.sqrt(1, 2)', 'math.pow(1)', 'math.log()', 'math.log(1, 2, 3)',
         'math.isclose(1)', 'math.copysign(1, "a")', 'math.sqrt(10**400)', 'math.exp(10**400)',
         'math.floor(10**400 * 1.0)']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
