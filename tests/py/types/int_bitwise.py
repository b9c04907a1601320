# bitwise operators on positive and negative ints, shifts
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-1 & 255, -256 & 0xFFFF, -5 >> 1, -1 >> 10)
print(1 << 100, (1 << 100) >> 99)
print(-(1 << 70) >> 3, (1 << 70) & -(1 << 65))
print(0xFF ^ -1, 5 & -5)
print(bin(-10 & 0xFF), hex(~0 & 0xFFFF))
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(x, bin(x))
