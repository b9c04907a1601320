# recursive functions: factorial, fibonacci, gcd, sum of nested lists
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def deep_sum(x):
    if isinstance(x, list):
        return sum(deep_sum(y) for y in x)
    return x

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(fact(20))
print([fib(i) for i in range(15)])
print(gcd(1071, 462))
print(deep_sum([1, [2, [3, [4]], 5], []]))
print(is_even(10), is_odd(7), is_even(3))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
