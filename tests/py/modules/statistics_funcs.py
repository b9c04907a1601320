# statistics: mean/fmean/median*/mode/multimode/variance/stdev for ints and floats, exactly as CPython
import random
from statistics import (mean, fmean, median, median_low, median_high, mode, multimode, stdev, pstdev, variance,
                        pvariance, StatisticsError)

print(mean([1, 2, 3, 4, 4]), mean([1, 2, 3]), mean([1, 2]), mean([0.1, 0.2, 0.3]), mean([1e50, 1, -1e50] * 10))
print(mean([True, False, True]), mean(range(1, 101)), mean([1, 2.5]), mean(iter([3.5, 4.0])))
print(fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3, 4]), fmean(iter([0.1] * 10)), fmean([1, 2, 3], weights=[3, 2, 1]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 1, 3.5, 2]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]))
print(median_low([2, 1, 3]), median_high('cab'), median([2]), median([1.5, 2.5]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), mode('aabbcc'))
print(multimode('aabbbbccddddeeffffgg'), multimode([]), multimode([3, 1, 3, 1, 2]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), pvariance(data), stdev(data), pstdev(data), variance(data, mean(data)))
print(variance([1, 2, 3, 4]), variance([2, 4, 6]), pvariance([1, 2, 3, 4]), stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(pstdev([2, 4, 4, 4, 5, 5, 7, 9]), pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), stdev([1, 1.5]))
print(variance([1e9 + 1, 1e9 + 2, 1e9 + 3]), stdev([0.1] * 5), pstdev([5]), variance([1, 2], 1.25))
rnd = random.Random(12345)
for trial in range(40):
    n = rnd.randint(2, 30)
    if trial % 3 == 0:
        xs = [rnd.randint(-1000, 1000) for _ in range(n)]
    elif trial % 3 == 1:
        xs = [rnd.uniform(-100, 100) for _ in range(n)]
    else:
        xs = [rnd.gauss(1e6, 1e-3) for _ in range(n)]
    print(trial, mean(xs), fmean(xs), median(xs), variance(xs), pvariance(xs), stdev(xs), pstdev(xs))
for f, arg in ((mean, []), (fmean, []), (median, []), (median_low, []), (median_high, []), (mode, []),
               (variance, [1]), (pvariance, []), (stdev, [1]), (pstdev, [])):
    try:
        f(arg)
    except StatisticsError as e:
        print(f.__name__, e, isinstance(e, ValueError))
for bad in (lambda: fmean([1, 2], weights=[1]), lambda: fmean([1], weights=[0]), lambda: mean(['a'])):
    try:
        bad()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
