# sieve of Eratosthenes, prime factorization and twin primes
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i in range(n + 1) if is_prime[i]]

def factorize(n, primes):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors

primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])
print(sum(primes))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins[:8])
small = sieve(1000)
for n in [360, 97, 1001, 2 ** 10, 999999, 600851475143]:
    print(n, factorize(n, small))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for g in sorted(gaps):
    print("gap", g, "x", gaps[g])
