# random: choice, choices, shuffle, sample, distributions with seeded generators (same draws as CPython)
import random
random.seed(12)
seq = list(range(20))
print(random.choice(seq), random.choice('abcdef'), random.choice((1, 2, 3)), [random.choice(range(1000)) for _ in range(5)])
random.shuffle(seq)
print(seq)
print(random.sample(range(100), 10), random.sample('abcdefgh', 3), random.sample(range(10**6), 5), random.sample([1, 2], 0))
print(random.sample(['a', 'b', 'c'], 5, counts=[3, 2, 1]), random.sample(range(50), 30))
print(random.choices('abc', k=5), random.choices('abc', [1, 0, 5], k=6), random.choices('xyz', cum_weights=[1, 2, 10], k=4))
print(random.choices([1, 2, 3]), random.choices(range(5), weights=[0.1, 0.2, 0.3, 0.2, 0.2], k=3))
print(random.uniform(1, 10), random.uniform(5, -5), random.triangular(), random.triangular(0, 10, 8), random.triangular(2, 2))
print(random.gauss(), random.gauss(10, 2), random.gauss(), random.normalvariate(), random.normalvariate(5, 0.5))
print(random.lognormvariate(0, 1), random.expovariate(2.0), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(3.5, 1.5), random.betavariate(2, 5))
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.randbytes(6))
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(3)
print(m.randrange(10), m.choice('abcd'), m.randint(1, 6))
r = random.Random(5)
print([r.randrange(1, 7) for _ in range(10)])
