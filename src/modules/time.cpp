// The `time` module: CPython's clocks, sleep and calendar conversions, plus MicroPython's sleep_ms/us and
// ticks_* with their wrap-around arithmetic. All clock access goes through the port. struct_time, mktime and
// strftime are written in Python (kTimePy) over the C++ conversions here.
#include <cmath>
#include <string>

#include "modules/module_util.h"
#include "modules/modules.h"
#include "ports/port.h"

namespace pyco {

namespace {

// MicroPython's ticks period on its ports: ticks stay small ints everywhere.
constexpr int64_t kTicksPeriod = int64_t(1) << 30;
constexpr int64_t kTicksMax = kTicksPeriod - 1;
constexpr int64_t kTicksHalf = kTicksPeriod / 2;

R<Value> time_time(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "time", 0, 0));
    return new_float(vm, static_cast<double>(vm.port.time_ns()) * 1e-9);
}
R<Value> time_time_ns(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "time_ns", 0, 0));
    return make_int(vm, vm.port.time_ns());
}
R<Value> time_monotonic(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "monotonic", 0, 0));
    return new_float(vm, static_cast<double>(vm.port.monotonic_ns()) * 1e-9);
}
R<Value> time_monotonic_ns(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "monotonic_ns", 0, 0));
    return make_int(vm, static_cast<int64_t>(vm.port.monotonic_ns()));
}
R<Value> time_perf_counter(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "perf_counter", 0, 0));
    return new_float(vm, static_cast<double>(vm.port.monotonic_ns()) * 1e-9);
}
R<Value> time_perf_counter_ns(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "perf_counter_ns", 0, 0));
    return make_int(vm, static_cast<int64_t>(vm.port.monotonic_ns()));
}

// Sleeps in slices so Ctrl-C interrupts a long sleep.
Status sleep_for(Interpreter& vm, uint64_t ns) {
    const uint64_t slice = 100000000;  // 0.1 s
    while (ns > 0) {
        uint64_t step = ns < slice ? ns : slice;
        vm.port.sleep_ns(step);
        ns -= step;
        if (vm.interrupt_pending) {
            vm.interrupt_pending = 0;
            return raise(vm, vm.e_KeyboardInterrupt, "%s", "");
        }
    }
    return Status::ok();
}

R<Value> time_sleep(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "sleep", 1, 1));
    Value v = args.v[0];
    double secs;
    if (is_kind(v, Kind::Float)) {
        secs = float_value(v);
        if (std::isnan(secs)) return raise(vm, vm.e_ValueError, "Invalid value NaN (not a number)");
    } else {
        Value i = TRY(index_of(vm, v));
        if (!int_to_double(i, &secs)) return raise(vm, vm.e_OverflowError, "timestamp too large to convert to C _PyTime_t");
    }
    if (secs < 0) return raise(vm, vm.e_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9) return raise(vm, vm.e_OverflowError, "timestamp too large to convert to C _PyTime_t");
    TRY(sleep_for(vm, static_cast<uint64_t>(secs * 1e9)));
    return Value::none();
}

R<Value> sleep_units(Interpreter& vm, Args args, const char* name, uint64_t unit_ns) {
    TRY(check_nargs(vm, args, name, 1, 1));
    int64_t n = TRY(index_value(vm, args.v[0]));
    if (n > 0) TRY(sleep_for(vm, static_cast<uint64_t>(n) * unit_ns));
    return Value::none();
}
R<Value> time_sleep_ms(Interpreter& vm, Args args) { return sleep_units(vm, args, "sleep_ms", 1000000); }
R<Value> time_sleep_us(Interpreter& vm, Args args) { return sleep_units(vm, args, "sleep_us", 1000); }

R<Value> time_ticks_ms(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "ticks_ms", 0, 0));
    return Value::small_int(static_cast<intptr_t>((vm.port.monotonic_ns() / 1000000) & kTicksMax));
}
R<Value> time_ticks_us(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "ticks_us", 0, 0));
    return Value::small_int(static_cast<intptr_t>((vm.port.monotonic_ns() / 1000) & kTicksMax));
}
R<Value> time_ticks_cpu(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "ticks_cpu", 0, 0));
    return Value::small_int(static_cast<intptr_t>(vm.port.monotonic_ns() & kTicksMax));
}

// ticks_diff(end, start): the signed distance in (-period/2, period/2], modulo the period.
R<Value> time_ticks_diff(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "ticks_diff", 2, 2));
    int64_t end = TRY(index_value(vm, args.v[0]));
    int64_t start = TRY(index_value(vm, args.v[1]));
    int64_t d = ((end - start + kTicksHalf) & kTicksMax) - kTicksHalf;
    return Value::small_int(static_cast<intptr_t>(d));
}

R<Value> time_ticks_add(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "ticks_add", 2, 2));
    int64_t ticks = TRY(index_value(vm, args.v[0]));
    int64_t delta = TRY(index_value(vm, args.v[1]));
    if (delta < -kTicksHalf || delta >= kTicksHalf) return raise(vm, vm.e_OverflowError, "ticks interval overflow");
    return Value::small_int(static_cast<intptr_t>((ticks + delta) & kTicksMax));
}

// ---- calendar arithmetic (proleptic Gregorian, days counted from 1970-01-01) -------------------------------------

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int64_t* y, int64_t* m, int64_t* d) {
    z += 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

// The broken-down UTC time of `secs` as the 9 fields of a struct_time.
R<Value> broken_down(Interpreter& vm, int64_t secs, bool isdst) {
    int64_t days = floor_div(secs, 86400);
    int64_t rem = secs - days * 86400;
    int64_t y, m, d;
    civil_from_days(days, &y, &m, &d);
    int64_t wday = ((days % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday (Monday is 0)
    int64_t yday = days - days_from_civil(y, 1, 1) + 1;
    Value fields[9] = {TRY(make_int(vm, y)), Value::small_int(m), Value::small_int(d), Value::small_int(rem / 3600),
                       Value::small_int(rem / 60 % 60), Value::small_int(rem % 60), Value::small_int(wday),
                       Value::small_int(yday), Value::small_int(isdst ? 1 : 0)};
    return val(TRY(tuple_from_span(vm, fields, 9)));
}

// Seconds from an optional argument (None: now), floored like CPython's conversion to time_t.
R<int64_t> secs_arg(Interpreter& vm, Args args, const char* name) {
    TRY(check_nargs(vm, args, name, 0, 1));
    if (args.n == 0 || args.v[0].is_none()) return floor_div(vm.port.time_ns(), 1000000000);
    Value v = args.v[0];
    if (is_kind(v, Kind::Float)) {
        double d = float_value(v);
        if (std::isnan(d)) return raise(vm, vm.e_ValueError, "Invalid value NaN (not a number)");
        d = std::floor(d);
        if (!(d >= -6.7e16 && d <= 6.7e16)) return raise(vm, vm.e_OverflowError, "timestamp out of range for platform time_t");
        return static_cast<int64_t>(d);
    }
    Value i = TRY(index_of(vm, v));
    int64_t s;
    if (!int_fits_i64(i, &s) || s > int64_t(67768036191676799) || s < -int64_t(67768036191676800))
        return raise(vm, vm.e_OverflowError, "timestamp out of range for platform time_t");
    return s;
}

R<Value> time_gmtime9(Interpreter& vm, Args args) {
    int64_t s = TRY(secs_arg(vm, args, "gmtime"));
    return broken_down(vm, s, false);
}

R<Value> time_localtime9(Interpreter& vm, Args args) {
    int64_t s = TRY(secs_arg(vm, args, "localtime"));
    int32_t offset;
    bool isdst;
    std::string zone;
    vm.port.local_zone(s, &offset, &isdst, &zone);
    return broken_down(vm, s + offset, isdst);
}

// _zone(secs) -> (offset east of UTC in seconds, zone name) for the local zone at that instant.
R<Value> time_zone(Interpreter& vm, Args args) {
    int64_t s = TRY(secs_arg(vm, args, "_zone"));
    int32_t offset;
    bool isdst;
    std::string zone;
    vm.port.local_zone(s, &offset, &isdst, &zone);
    return val(TRY(tuple_of(vm, {Value::small_int(offset), val(TRY(new_str(vm, zone)))})));
}

// _timegm(year, mon, mday, hour, min, sec): seconds since the epoch of a UTC date, months and days normalized.
R<Value> time_timegm(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_timegm", 6, 6));
    int64_t f[6];
    for (int i = 0; i < 6; i++) f[i] = TRY(index_value(vm, args.v[i]));
    int64_t mon0 = f[1] - 1;
    int64_t y = f[0] + floor_div(mon0, 12);
    mon0 -= floor_div(mon0, 12) * 12;
    int64_t days = days_from_civil(y, mon0 + 1, 1) + f[2] - 1;
    return make_int(vm, days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]);
}

constexpr const char* kTimePy = R"PY(
class struct_time(tuple):
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
    n_sequence_fields = 9
    n_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq[:9])

    def __repr__(self):
        return 'time.struct_time(' + ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self),))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])

struct_time.__module__ = 'time'

def gmtime(secs=None):
    return struct_time(_gmtime9(secs))

def localtime(secs=None):
    return struct_time(_localtime9(secs))

def _time_tuple(t, fname):
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(fname + '(): illegal time tuple argument')
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return t

def mktime(t):
    t = _time_tuple(t, 'mktime')
    local = _timegm(t[0], t[1], t[2], t[3], t[4], t[5])
    guess = local - _zone(local)[0]
    guess = local - _zone(guess)[0]
    return float(guess)

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December')

def _iso_weeks(year):
    def p(y):
        return (y + y // 4 - y // 100 + y // 400) % 7
    return 53 if p(year) == 4 or p(year - 1) == 3 else 52

def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is None:
        t = localtime()
    t = _time_tuple(t, 'strftime')
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t
    if mon == 0: mon = 1
    if mday == 0: mday = 1
    if yday == 0: yday = 1
    if not 1 <= mon <= 12: raise ValueError('month out of range')
    if not 1 <= mday <= 31: raise ValueError('day of month out of range')
    if not 0 <= hour <= 23: raise ValueError('hour out of range')
    if not 0 <= minute <= 59: raise ValueError('minute out of range')
    if not 0 <= sec <= 61: raise ValueError('seconds out of range')
    if wday < 0: raise ValueError('day of week out of range')
    if not 1 <= yday <= 366: raise ValueError('day of year out of range')
    wday %= 7
    sunday_wday = (wday + 1) % 7
    iso_year = year
    iso_week = (yday - (wday + 1) + 10) // 7
    if iso_week < 1:
        iso_year -= 1
        iso_week = _iso_weeks(iso_year)
    elif iso_week > _iso_weeks(year):
        iso_year += 1
        iso_week = 1
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == 'Y': s = str(year)
        elif d == 'm': s = '%02d' % mon
        elif d == 'd': s = '%02d' % mday
        elif d == 'e': s = '%2d' % mday
        elif d == 'H': s = '%02d' % hour
        elif d == 'M': s = '%02d' % minute
        elif d == 'S': s = '%02d' % sec
        elif d == 'y': s = '%02d' % (year % 100)
        elif d == 'C': s = '%02d' % (year // 100)
        elif d == 'j': s = '%03d' % yday
        elif d == 'a': s = _DAYS[wday][:3]
        elif d == 'A': s = _DAYS[wday]
        elif d == 'b' or d == 'h': s = _MONTHS[mon - 1][:3]
        elif d == 'B': s = _MONTHS[mon - 1]
        elif d == 'p': s = 'AM' if hour < 12 else 'PM'
        elif d == 'I': s = '%02d' % ((hour + 11) % 12 + 1)
        elif d == 'w': s = str(sunday_wday)
        elif d == 'u': s = str(wday + 1)
        elif d == 'U': s = '%02d' % ((yday - 1 + 7 - sunday_wday) // 7)
        elif d == 'W': s = '%02d' % ((yday - 1 + 7 - wday) // 7)
        elif d == 'G': s = str(iso_year)
        elif d == 'g': s = '%02d' % (iso_year % 100)
        elif d == 'V': s = '%02d' % iso_week
        elif d == 'c': s = '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wday][:3], _MONTHS[mon - 1][:3], mday, hour, minute, sec, year)
        elif d == 'x' or d == 'D': s = '%02d/%02d/%02d' % (mon, mday, year % 100)
        elif d == 'X' or d == 'T': s = '%02d:%02d:%02d' % (hour, minute, sec)
        elif d == 'R': s = '%02d:%02d' % (hour, minute)
        elif d == 'n': s = '\n'
        elif d == 't': s = '\t'
        elif d == '%': s = '%'
        elif d == 'z' or d == 'Z':
            off, name = _zone(_timegm(year, mon, mday, hour, minute, sec))
            if d == 'Z':
                s = name
            else:
                sign = '-' if off < 0 else '+'
                off = abs(off) // 60
                s = '%s%02d%02d' % (sign, off // 60, off % 60)
        else: s = '%' + d
        out.append(s)
    return ''.join(out)

def asctime(t=None):
    if t is None:
        t = localtime()
    t = _time_tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6] % 7][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])

def ctime(secs=None):
    return asctime(localtime(secs))
)PY";

}  // namespace

Status init_time_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "time"));
    TRY(module_add_functions(vm, m, {
        {"time", time_time}, {"time_ns", time_time_ns}, {"monotonic", time_monotonic},
        {"monotonic_ns", time_monotonic_ns}, {"perf_counter", time_perf_counter},
        {"perf_counter_ns", time_perf_counter_ns}, {"sleep", time_sleep}, {"sleep_ms", time_sleep_ms},
        {"sleep_us", time_sleep_us}, {"ticks_ms", time_ticks_ms}, {"ticks_us", time_ticks_us},
        {"ticks_cpu", time_ticks_cpu}, {"ticks_diff", time_ticks_diff}, {"ticks_add", time_ticks_add},
        {"_gmtime9", time_gmtime9}, {"_localtime9", time_localtime9}, {"_zone", time_zone}, {"_timegm", time_timegm},
    }));
    TRY(module_exec(vm, m, kTimePy));
    return Status::ok();
}

}  // namespace pyco
