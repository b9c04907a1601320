# float beyond the basics: format specs, round, hex/fromhex, ratios, hashes equal across int/float, errors
vals = [0.0, -0.0, 1.5, -2.25, 1e16, 1.5e-5, 123456.789, float('inf'), float('nan')]
for spec in ['', 'f', '.2f', 'e', '.3E', 'g', '.3g', 'G', '%', '.1%', '10.2f', '<10', '^12.3', '+', ' ',
             ',.2f', '_.1f', '012.3f', '#g', '#.0f', 'z.1f', 'n', '.0e']:
    print(repr(spec), [format(v, spec) for v in vals])
print(f"{3.14159:*>12.4f}|{-0.0001:z.2f}|{1234567.891:,}|{2.5:=+8}")
for bad in ['d', 'x', 'c', ',d']:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(bad, e)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(1234.5678, -2), round(-1234.5678, 1), round(1e300, -299), round(5e-324, 400), round(1.5, 2 ** 70))
for x in [float('inf'), float('-inf'), float('nan')]:
    try:
        round(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print((1.5).hex(), (-0.1).hex(), (0.0).hex(), float('inf').hex(), (5e-324).hex())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex(' 0X1.FFFFFFFFFFFFFP+1023 '))
for bad in ['zz', '0x1p99999']:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), float('inf').is_integer())
print(hash(1.0) == hash(1), hash(-2.0) == hash(-2), hash(2.0 ** 80) == hash(2 ** 80), hash(0.5), hash(-1.0))
print(hash(1e300) == hash(int(1e300)), hash(float('inf')), hash(float('-inf')), {1: 'a', 1.0: 'b'})
print(1.0 == 1, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(float('nan') == float('nan'), float('nan') != 1, 1 < float('inf'), 2 ** 1000 < float('inf'))
print(float('  1_000.5  '), float('-Infinity'), float('nAn'), float(b'2.5'), float(10 ** 20), float(True))
for bad in ['abc', '1__0', '', b'x']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 2 ** 0.5, 10.0 ** -2, (-8.0) ** (1 / 3))
for f in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 0.0 ** -1,
          lambda: 10.0 ** 400, lambda: pow(2.0, 3, 5)]:
    try:
        f()
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__rsub__(1.5, 2), float.__add__(1.5, 'a'))
print(int(2.9), int(-2.9), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__(), (1.5).real, (1.5).imag)
class MyFloat(float):
    pass
m = MyFloat(2.5)
print(type(m).__name__, m, m + 1, type(m + 1).__name__, float(m), type(float(m)).__name__, MyFloat('1e3'))
