# complex: construction, repr rules, arithmetic, equality, abs, errors
print(complex(), complex(1), complex(1, 2), complex(0, -1), complex(-0.0, -1), complex(1.5, 0), complex(-1, -0.0))
print(1j, -1j, 2 + 3j, 1e20j, 1e-5 + 1j, complex(float('inf'), float('nan')), complex(0, float('-inf')))
print(complex('1+2j'), complex('  (1.5-2e3j) '), complex('j'), complex('-J'), complex('3'), complex('1_0j'),
      complex('infj'), complex('-nan+infj'), complex(' ( 1 ) '))
for bad in ['abc', '1e', '1+', '()', '1+2j+3', 'j2']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for args in [('1', 2), (1, '2'), (None,), ([],)]:
    try:
        complex(*args)
    except TypeError as e:
        print(e)
print(complex(1j, 1j), complex(real=1, imag=2), complex(imag=3), complex(2 ** 60, True))
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / 2, 2 / a, a + 1, 1 - a, 2.5 * a, a * True, -a, +a)
print(a ** 2, a ** 0.5, 2 ** 1j, a ** b, a ** -2, (1 + 1j) ** 10, 1j ** 2)
print(abs(3 + 4j), abs(-5j), abs(complex(1e308, 1e308)), a.real, a.imag, a.conjugate(), type(a.real).__name__)
print(a == 1 + 2j, a != a, 1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, a == 'x', bool(0j), bool(1e-300j))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1 + 2j))
for f in [lambda: 1j / 0, lambda: a / 0j, lambda: 0j ** -1, lambda: (1e200j) ** 2, lambda: a < b,
          lambda: abs(complex(1e308, 1e308) * 2)]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(f"{a}", str(a), repr(-a), [a, b], type(a).__name__, isinstance(a, complex))
