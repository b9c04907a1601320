# Recursive calls: naive doubly-recursive Fibonacci, plus a mutually recursive pair.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def main(n):
    total = fib(n)
    parity = 0
    for k in range(n * 20):
        if is_even(k % 200):
            parity += 1
    print("fib", n, total)
    print("even", parity)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 33)
