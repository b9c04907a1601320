# itertools: argument errors with CPython's exceptions and messages
import itertools as it

calls = [
    lambda: it.islice([], -1), lambda: it.islice([], 1, -1), lambda: it.islice([], -1, 5),
    lambda: it.islice([], 0, 1, 0), lambda: it.islice([]), lambda: it.islice([], 1, 2, 3, 4),
    lambda: it.islice([], 'a'), lambda: it.islice([], 1.5), lambda: it.islice([], 0, 5, 1.5),
    lambda: it.islice(1, 2), lambda: it.count('a'), lambda: it.count(1, 'a'),
    lambda: it.permutations([], -1), lambda: it.combinations([], -1), lambda: it.combinations_with_replacement('a', -2),
    lambda: it.tee([], -1), lambda: it.tee([], 'x'), lambda: it.product([], repeat=-1), lambda: it.repeat(1, 'x'),
    lambda: next(it.chain(1)), lambda: it.cycle(1), lambda: it.accumulate(1), lambda: it.pairwise(1),
    lambda: it.groupby(1), lambda: it.zip_longest([], x=1), lambda: it.product(1),
    lambda: list(it.starmap(len, [1])), lambda: it.dropwhile(len, 3), lambda: it.compress(1, []),
]
for f in calls:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
