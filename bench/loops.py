# Loops and integer arithmetic: Collatz lengths, a prime sieve, a modular hash mix and digit sums.
import sys


def collatz_longest(limit):
    best_n = 1
    best = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n, best


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    total = 0
    for i in range(n + 1):
        if flags[i]:
            count += 1
            total += i
    return count, total


def hash_mix(n):
    h = 17
    for i in range(n):
        h = (h * 31 + (i ^ (i >> 3))) % 1000000007
        h -= i // 7
        if h < 0:
            h = -h
    return h


def digit_sums(n):
    total = 0
    for i in range(n):
        x = i
        while x:
            total += x % 10
            x //= 10
    return total


def main(size):
    print("collatz", collatz_longest(size))
    print("sieve", sieve(size * 4))
    print("mix", hash_mix(size * 4))
    print("digits", digit_sums(size * 2))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 60000)
