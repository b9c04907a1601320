# hex(), oct() and bin() of positive, negative and big ints
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(12345), 16), int(bin(100)[2:], 2))
print(0xff, 0o17, 0b101, 0XA)
