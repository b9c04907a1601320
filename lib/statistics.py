"""Basic statistics, written for pyco in Python.

mean/variance/stdev follow CPython 3.11's algorithms: the data are summed exactly as rationals (ints and the
exact ratios of floats), so results are CPython's for int and float data; stdev/pstdev round the square root of
the exact variance correctly. Fraction data work if a `fractions` module is present; Decimal is not supported.
"""
import math

__all__ = ['StatisticsError', 'fmean', 'mean', 'median', 'median_low', 'median_high', 'mode', 'multimode',
           'pstdev', 'pvariance', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# Exact rationals as normalized (numerator, denominator) pairs, denominator > 0.
def _q(n, d=1):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _qadd(a, b):
    return _q(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _qdiv_int(a, k):
    return _q(a[0], a[1] * k)


def _exact_ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)   # inf or nan
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % (type(x).__name__,))


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if T.__name__ == 'Fraction' and issubclass(S, float):
        return S
    if issubclass(T, float) and S.__name__ == 'Fraction':
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _types_and_ratios(data, types):
    for x in data:
        types.append(type(x))
        yield _exact_ratio(x)


def _coerce_all(types):
    T = int
    seen = []
    for t in types:
        if t not in seen:
            seen.append(t)
            T = _coerce(T, t)
    return T


def _sum(data):
    """(type, exact total as a rational pair or a non-finite float, count)"""
    types = []
    partials = {}
    count = 0
    for n, d in _types_and_ratios(data, types):
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = (0, 1)
        for d, n in partials.items():
            total = _qadd(total, _q(n, d))
    return _coerce_all(types), total, count


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count)"""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    types = []
    sx_partials = {}
    sxx_partials = {}
    count = 0
    for n, d in _types_and_ratios(data, types):
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = c = (0, 1)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = (0, 1)
        for d, n in sx_partials.items():
            sx = _qadd(sx, _q(n, d))
        sxx = (0, 1)
        for d, n in sxx_partials.items():
            sxx = _qadd(sxx, _q(n, d * d))
        ssd = _q(count * sxx[0] * sx[1] * sx[1] - sx[0] * sx[0] * sxx[1], sxx[1] * sx[1] * sx[1] * count)
        c = _qdiv_int(sx, count)
    return _coerce_all(types), ssd, c, count


def _convert(value, T):
    if not isinstance(value, tuple):   # a non-finite float
        return T(value) if T is not int else value
    n, d = value
    if issubclass(T, int) and d != 1:
        T = float
    if T is float:
        return n / d
    if issubclass(T, int):
        return T(n)
    if T.__name__ == 'Fraction':
        return T(n, d)
    return T(n / d)


def _div(value, k):
    return _qdiv_int(value, k) if isinstance(value, tuple) else value / k


def _integer_sqrt_of_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) correctly rounded: an integer square root rounded to odd with enough extra bits."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return float(_integer_sqrt_of_frac_rto(n, m << 2 * q) << q)
    return _integer_sqrt_of_frac_rto(n << -2 * q, m) / (1 << -q)


def _sqrt(value):
    if not isinstance(value, tuple):
        return math.sqrt(value)
    return _float_sqrt_of_frac(value[0], value[1])


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_div(total, n), T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = math.fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_div(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_div(ss, n), T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt(_div(ss, n - 1))


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt(_div(ss, n))
