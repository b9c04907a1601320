# int methods beyond the basics: format specs, to_bytes/from_bytes, bit ops on huge negatives, pow with modulus
big = 2 ** 100 + 12345
neg = -(3 ** 90)
for spec in ['', 'd', '10d', '<10', '^10', '=+10', '+', ' ', ',', '_', '08', '08,', 'x', 'X', '#x', '#X', '#o',
             '#b', 'b', '_b', '#_x', '*^12', 'n', 'c', 'e', '.2f', '%', 'g', '010.3e']:
    try:
        print(repr(spec), repr(format(65, spec)), repr(format(-1234567, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
print(format(big, ','), format(big, '#x'), format(neg, '_'))
print(f"{255:#010x} {-255:#010_b} {True:d} {True} {False:>6}")
for bad in ['.2', '+c', '#c', 'z', 'q', ',x', ',c']:
    try:
        format(65, bad)
    except ValueError as e:
        print(bad, e)
try:
    format(-1, 'c')
except OverflowError as e:
    print(e)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes())
print((-1).to_bytes(4, 'big', signed=True), (-129).to_bytes(2, byteorder='little', signed=True))
print(big.to_bytes(16, 'big'))
for args in [(256, 1), (-1, 1)]:
    try:
        args[0].to_bytes(args[1], 'big')
    except OverflowError as e:
        print(e)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(big.to_bytes(16, 'little'), 'little') == big, bool.from_bytes(b'\x00'))
print(neg & 0xFFFF, neg | 0xFF, neg ^ big, ~neg, neg >> 7, neg << 3, -1 >> 1000)
print(big & neg, (neg & -big) == -(-neg | big) + (neg & -big) + (-neg | big))
print(big.bit_length(), neg.bit_length(), (0).bit_length(), (-1).bit_count(), big.bit_count())
print(pow(3, 200, 1000007), pow(big, neg * -1, 97), pow(7, -1, 40), pow(2, 10, -7), pow(-3, 3, 5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(round(1234567, -3), round(1250, -2), round(1350, -2), round(-1250, -2), round(big, -30), round(5, 3))
print((7).as_integer_ratio(), (7).real, (7).imag, (7).numerator, (7).denominator, (-7).conjugate())
print(divmod(big, 1000), divmod(neg, -7), divmod(-7, 2), 2 ** -2, 10 ** 20 // 3 ** 30)
print(int.__add__(3, 4), int.__radd__(3, 4), int.__sub__(10, 3), int.__rsub__(10, 3), (5).__truediv__(2))
print(int.__pow__(2, 10, 1000), (3).__rpow__(2), int.__lshift__(1, 70))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(-1), hash(-2))
print(int('  -0x_ff  ', 16), int('0b101', 0), int('z', 36), int(b'42'), int('١٢٣'), int(3.99), int(-3.99))
class MyInt(int):
    pass
m = MyInt(2 ** 70)
print(type(m).__name__, m, m + 1, type(m + 1).__name__, int(m), type(int(m)).__name__, MyInt('12', 8))
