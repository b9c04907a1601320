# itertools: chain, islice, zip_longest, accumulate, starmap, takewhile, dropwhile, pairwise, compress, filterfalse
from itertools import (chain, islice, zip_longest, accumulate, starmap, takewhile, dropwhile, pairwise, compress,
                       filterfalse, count)
import itertools

print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(list(islice(chain.from_iterable(repeat for repeat in (count(), 'x')), 3)))
print(list(islice(range(10), 2, 8, 2)), list(islice(range(10), 3)), list(islice(range(10), 1, None)))
print(list(islice('abcdefg', None)), list(islice('abcdefg', 2, None, 3)), list(islice([], 5)), list(islice('ab', 0)))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), next(it))
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()), list(zip_longest('ab', 'xyz')))
print(list(zip_longest([], [])), list(islice(zip_longest(count(), 'ab'), 4)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([])))
print(list(accumulate([1, 2], initial=10)), list(accumulate([], initial=5)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate('abc')), list(islice(accumulate(count()), 5)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(takewhile(lambda x: x < 3, count())), list(takewhile(bool, [])))
print(list(islice(dropwhile(lambda x: x < 3, count()), 3)), list(dropwhile(lambda x: x < 5, [1, 6, 2, 7])))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])), list(islice(pairwise(count()), 2)))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])), list(compress(count(), [0, 1, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
for name in ('chain', 'islice', 'zip_longest', 'accumulate', 'starmap', 'takewhile', 'dropwhile', 'pairwise',
             'compress', 'filterfalse'):
    print(getattr(itertools, name))
print(type(chain.from_iterable([])), type(islice('', 1)).__name__)
c = chain('abc', 'de')
print(next(c), next(c))
for x in c:
    print(x, end=' ')
    if x == 'd':
        break
print(list(c), next(c, 'end'), next(islice(count(), 3, None)))
