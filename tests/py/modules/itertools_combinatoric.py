# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
import itertools

print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()), list(product('ab', [])))
print(len(list(product(range(3), repeat=3))), list(product('ab', repeat=0)), list(product(iter('xy'), 'z')))
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations([], 0)), list(permutations('ab', 3)))
print(len(list(permutations(range(6)))), list(permutations('abcd', 1)), list(permutations('ab', 0)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations([1], 0)))
print(list(combinations('ab', 3)), len(list(combinations(range(10), 4))), list(combinations(iter('xyz'), 2)))
print(list(cwr('abc', 2)), list(cwr([], 2)), list(cwr([], 0)), list(cwr('ab', 3)), len(list(cwr(range(5), 3))))
for cls in (product, permutations, combinations, cwr):
    print(cls, type(cls('ab', **({} if cls is product else {'r': 1}))).__name__)
p = permutations(range(3))
print(next(p), next(p), list(p), list(p))
print(sorted(set(map(''.join, permutations('aab')))), sum(1 for _ in itertools.product(range(4), repeat=4)))
