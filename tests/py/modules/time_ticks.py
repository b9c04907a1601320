# time: MicroPython's ticks_ms/us/cpu, ticks_diff and ticks_add with a 2**30 period
# (MicroPython extras: not in CPython, so the expected output was written by hand from MicroPython's docs:
#  period 2**30, ticks_diff(a, b) = ((a - b + 2**29) & (2**30 - 1)) - 2**29, ticks_add(t, d) = (t + d) & (2**30 - 1))
import time
t = time.ticks_ms()
print(type(t).__name__, 0 <= t < 2**30, 0 <= time.ticks_us() < 2**30, 0 <= time.ticks_cpu() < 2**30)
start = time.ticks_us()
time.sleep_ms(5)
time.sleep_us(1000)
d = time.ticks_diff(time.ticks_us(), start)
print(d >= 6000, d < 5000000)
print(time.ticks_diff(5, 3), time.ticks_diff(3, 5), time.ticks_diff(0, 2**30 - 1), time.ticks_diff(2**30 - 1, 0))
print(time.ticks_add(2**30 - 1, 1), time.ticks_add(0, -1), time.ticks_add(100, 2**29 - 1), time.ticks_add(5, -5))
print(time.ticks_diff(time.ticks_add(123, 1000), 123), time.ticks_diff(time.ticks_add(2**30 - 10, 20), 2**30 - 10))
print(time.ticks_diff(2**29, 0), time.ticks_diff(0, 2**29))
try:
    time.ticks_add(0, 2**29)
except OverflowError as e:
    print('OverflowError', e)
