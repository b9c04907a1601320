// The `random` module: CPython's Mersenne Twister (MT19937 seeded with init_by_array, 53-bit random(),
// getrandbits) in C++, so seeded sequences equal CPython's; the distributions and the Random class are written in
// Python (kRandomPy) following CPython's algorithms, which fix how many numbers each call draws.
#include <cstring>
#include <string>

#include "modules/module_util.h"
#include "modules/modules.h"
#include "modules/digest.h"
#include "ports/port.h"

namespace pyco {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr size_t kStateBytes = (kN + 1) * 4;  // the words, then the index

// A generator's state lives in a bytearray owned by its Random instance.
struct MT {
    uint32_t* mt;
    uint32_t* index;
};

R<MT> state_arg(Interpreter& vm, Value v) {
    if (!is_kind(v, Kind::ByteArray) || static_cast<ByteArray*>(v.as_obj())->size != kStateBytes)
        return raise(vm, vm.e_TypeError, "invalid random state");
    uint32_t* words = reinterpret_cast<uint32_t*>(static_cast<ByteArray*>(v.as_obj())->data);
    return MT{words, words + kN};
}

void init_genrand(MT s, uint32_t seed) {
    s.mt[0] = seed;
    for (int i = 1; i < kN; i++) s.mt[i] = 1812433253u * (s.mt[i - 1] ^ (s.mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
    *s.index = kN;
}

void init_by_array(MT s, const uint32_t* key, size_t len) {
    init_genrand(s, 19650218u);
    uint32_t* mt = s.mt;
    size_t i = 1, j = 0;
    for (size_t k = kN > len ? kN : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
        i++;
        j++;
        if (i >= kN) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = kN - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
        i++;
        if (i >= kN) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
}

uint32_t genrand(MT s) {
    uint32_t* mt = s.mt;
    if (*s.index >= kN) {
        auto twist = [](uint32_t a, uint32_t b) {
            uint32_t y = (a & 0x80000000u) | (b & 0x7fffffffu);
            return (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        };
        int k = 0;
        for (; k < kN - kM; k++) mt[k] = mt[k + kM] ^ twist(mt[k], mt[k + 1]);
        for (; k < kN - 1; k++) mt[k] = mt[k + (kM - kN)] ^ twist(mt[k], mt[k + 1]);
        mt[kN - 1] = mt[kM - 1] ^ twist(mt[kN - 1], mt[0]);
        *s.index = 0;
    }
    uint32_t y = mt[(*s.index)++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

// _mt_new() -> a fresh state (a bytearray of the right size; its contents are set by _mt_seed).
R<Value> mt_new(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_mt_new", 0, 0));
    ByteArray* b = TRY(alloc<ByteArray>(vm, vm.t_bytearray));
    void* data = TRY(alloc_raw(vm, kStateBytes));
    std::memset(data, 0, kStateBytes);
    b->data = static_cast<uint8_t*>(data);
    b->size = b->capacity = kStateBytes;
    *reinterpret_cast<uint32_t*>(b->data + kN * 4) = kN;
    return val(b);
}

// _mt_seed(state, n): seeds from the magnitude of int n as 32-bit words (None: from the clocks).
R<Value> mt_seed(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_mt_seed", 2, 2));
    MT s = TRY(state_arg(vm, args.v[0]));
    Value n = args.v[1];
    if (n.is_none()) {
        uint64_t a = static_cast<uint64_t>(vm.port.time_ns()), b = vm.port.monotonic_ns();
        uint32_t key[4] = {static_cast<uint32_t>(a), static_cast<uint32_t>(a >> 32), static_cast<uint32_t>(b),
                           static_cast<uint32_t>(b >> 32) ^ static_cast<uint32_t>(reinterpret_cast<uintptr_t>(s.mt))};
        init_by_array(s, key, 4);
        return Value::none();
    }
    if (!is_int_value(n)) return raise(vm, vm.e_TypeError, "seed must be an int");
    BigInt b = BigInt::abs(bigint_of(n));
    if (b.is_zero()) {
        uint32_t zero = 0;
        init_by_array(s, &zero, 1);
    } else {
        init_by_array(s, b.digits(), b.digit_count());
    }
    return Value::none();
}

R<Value> mt_random(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_mt_random", 1, 1));
    MT s = TRY(state_arg(vm, args.v[0]));
    uint32_t a = genrand(s) >> 5, b = genrand(s) >> 6;
    return new_float(vm, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

R<Value> mt_getrandbits(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "getrandbits", 2, 2));
    MT s = TRY(state_arg(vm, args.v[0]));
    int64_t k = TRY(index_value(vm, args.v[1]));
    if (k < 0) return raise(vm, vm.e_ValueError, "number of bits must be non-negative");
    if (k == 0) return Value::small_int(0);
    if (k <= 32) return make_int(vm, genrand(s) >> (32 - k));
    if (static_cast<uint64_t>(k) > static_cast<uint64_t>(vm.config.heap_size) * 8) return raise_memory_error(vm);
    size_t words = static_cast<size_t>((k - 1) / 32 + 1);
    std::string bytes(words * 4, '\0');
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand(s);
        if (k < 32) r >>= (32 - k);
        for (int j = 0; j < 4; j++) bytes[i * 4 + j] = static_cast<char>(r >> (8 * j));
    }
    BigInt b = BigInt::from_bytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), true, false);
    return int_of_bigint(vm, b);
}

// _mt_getstate(state) -> tuple of 625 ints; _mt_setstate(state, tuple).
R<Value> mt_getstate(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_mt_getstate", 1, 1));
    MT s = TRY(state_arg(vm, args.v[0]));
    Tuple* t = TRY(new_tuple(vm, kN + 1));
    for (int i = 0; i <= kN; i++) t->items[i] = TRY(make_int(vm, s.mt[i]));
    return val(t);
}

R<Value> mt_setstate(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_mt_setstate", 2, 2));
    MT s = TRY(state_arg(vm, args.v[0]));
    if (!is_kind(args.v[1], Kind::Tuple)) return raise(vm, vm.e_TypeError, "state vector must be a tuple");
    Tuple* t = as_tuple(args.v[1]);
    if (t->size != kN + 1) return raise(vm, vm.e_ValueError, "state vector is the wrong size");
    uint32_t words[kN + 1];
    for (int i = 0; i <= kN; i++) {
        int64_t w;
        if (!is_int_value(t->items[i]) || !int_fits_i64(t->items[i], &w) || w < 0 || w > 0xffffffffll)
            return raise(vm, vm.e_OverflowError, "Python int too large to convert to C unsigned long");
        words[i] = static_cast<uint32_t>(w);
    }
    if (words[kN] > kN) return raise(vm, vm.e_ValueError, "invalid state");
    std::memcpy(s.mt, words, sizeof words);
    return Value::none();
}

R<Value> sha512_digest(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_sha512", 1, 1));
    std::string_view data;
    if (is_kind(args.v[0], Kind::Bytes)) data = as_bytes(args.v[0])->view();
    else if (is_kind(args.v[0], Kind::ByteArray)) {
        auto* ba = static_cast<ByteArray*>(args.v[0].as_obj());
        data = std::string_view(reinterpret_cast<const char*>(ba->data), ba->size);
    } else {
        return raise(vm, vm.e_TypeError, "object supporting the buffer API required");
    }
    HashState h;
    hash_init(&h, HashAlgo::Sha512);
    hash_update(&h, data);
    uint8_t out[64];
    hash_digest(&h, out);
    return val(TRY(new_bytes(vm, std::string_view(reinterpret_cast<const char*>(out), 64))));
}

constexpr const char* kRandomPy = R"PY(
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil, sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin, floor as _floor, isfinite as _isfinite

__all__ = ['Random', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange', 'shuffle',
           'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'triangular',
           'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits',
           'choices', 'randbytes']

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

def _index(x, what):
    if isinstance(x, int):
        return x
    if hasattr(type(x), '__index__'):
        return x.__index__()
    i = int(x)
    if i != x:
        raise ValueError('non-integer %s for randrange()' % what)
    return i

def _accumulate(it):
    out = []
    total = None
    for x in it:
        total = x if total is None else total + x
        out.append(total)
    return out

def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

def _is_sequence(x):
    if isinstance(x, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(x, (dict, set, frozenset)):
        return False
    t = type(x)
    return hasattr(t, '__getitem__') and hasattr(t, '__len__')

class Random:
    VERSION = 3

    def __init__(self, x=None):
        self._mt = _mt_new()
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, **kwargs):
        for c in cls.__mro__:
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _sha512(a), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.')
        if a is not None and not isinstance(a, int):
            a = hash(a)
        _mt_seed(self._mt, a)
        self.gauss_next = None

    def random(self):
        return _mt_random(self._mt)

    def getrandbits(self, k):
        return _mt_getrandbits(self._mt, k)

    def getstate(self):
        return self.VERSION, _mt_getstate(self._mt), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            _mt_setstate(self._mt, internalstate)
        else:
            raise ValueError('state with version %s passed to Random.setstate() of version %s' % (version, self.VERSION))

    def _randbelow_with_getrandbits(self, n):
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        random = self.random
        if n >= maxsize:
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        istart = _index(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = _index(stop, 'stop')
        width = istop - istart
        istep = _index(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError('empty range for randrange()')
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if not _is_sequence(population):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in range(k)]
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword argument: k=%r' % k) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)] for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)

Random.__module__ = 'random'

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
)PY";

}  // namespace

Status init_random_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "random"));
    TRY(module_add_functions(vm, m, {
        {"_mt_new", mt_new}, {"_mt_seed", mt_seed}, {"_mt_random", mt_random}, {"_mt_getrandbits", mt_getrandbits},
        {"_mt_getstate", mt_getstate}, {"_mt_setstate", mt_setstate}, {"_sha512", sha512_digest},
    }));
    TRY(module_exec(vm, m, kRandomPy));
    return Status::ok();
}

}  // namespace pyco
