# Big integers: digits of pi from an unbounded spigot (Gibbons), plus factorial and power arithmetic.
import sys


def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def main(count):
    digits = pi_digits(count)
    text = "".join(str(d) for d in digits)
    for i in range(0, min(len(text), 100), 50):
        print(text[i:i + 50])
    print("count", len(text), "sum", sum(digits), "last", text[-20:])
    f = 1
    for i in range(2, count // 2):
        f *= i
    s = str(f)
    print("factorial digits", len(s), s[:20], sum(int(c) for c in s[:200]))
    p = pow(3, count * 10) - 7 ** (count * 3)
    print("power", p % 1000000007, p.bit_length(), p % (10 ** 50))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
