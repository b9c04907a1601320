# math: exact integer functions (factorial, gcd, lcm, comb, perm, isqrt) on small and big ints
import math
print([math.factorial(n) for n in range(12)], math.factorial(30), len(str(math.factorial(1000))))
print(math.factorial(100) == math.prod(range(1, 101)))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2, 3, 4, 5), math.lcm(2**70, 3**40))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(3, 5), math.comb(10**20, 2))
print([math.perm(5, k) for k in range(7)], math.perm(6), math.perm(20, None), math.perm(10**15, 2))
print([math.isqrt(n) for n in range(20)], math.isqrt(10**100), math.isqrt(2**200 - 1), math.isqrt(True))
big = 3**500
r = math.isqrt(big)
print(r * r <= big < (r + 1) ** 2)
print(type(math.gcd(True, 4)), math.gcd(True, 4), math.factorial(False))
