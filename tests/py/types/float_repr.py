# repr/str of floats: shortest round-trip representation
vals = [0.1, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 1e-4, 1.5e300, 0.0, -0.0,
        1.0, 100.0, 123456789.0, 0.1 + 0.2, 1e22, 3.14159, 2.5e-10, 1e100]
for v in vals:
    print(repr(v), str(v))
print(float("1.5"), float("-2"), float("  3.25  "), float("1e3"))
print(10 / 4, 2 ** 0.5, 2.0 ** 10)
print(1e308 * 10)
print(5e-324, 5e-324 / 2)
