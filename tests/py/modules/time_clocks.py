# time: clock types and monotonicity, sleep, MicroPython's ticks arithmetic (printed values are deterministic)
import time
t0, n0, m0, p0 = time.time(), time.time_ns(), time.monotonic(), time.perf_counter()
print(type(t0).__name__, type(n0).__name__, type(m0).__name__, type(p0).__name__, type(time.monotonic_ns()).__name__,
      type(time.perf_counter_ns()).__name__)
print(t0 > 1.6e9, n0 > 1600 * 10**15, abs(t0 - n0 / 1e9) < 5)
time.sleep(0.02)
time.sleep(0)
m1, p1 = time.monotonic(), time.perf_counter()
print(m1 - m0 >= 0.019, p1 - p0 >= 0.019, m1 - m0 < 5)
a = time.monotonic_ns()
b = time.monotonic_ns()
print(b >= a)
for bad in (-1, 'x', None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
