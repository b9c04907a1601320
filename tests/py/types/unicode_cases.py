# Targeted Unicode cases: special case mappings, final sigma, Kelvin/Ohm/Angstrom, digits, identifiers.
print('ß'.upper(), 'ß'.title(), 'ß'.casefold(), 'ẞ'.lower(), 'ẞ'.casefold())
print('ﬁ'.upper(), 'ﬁ'.title(), 'ﬃ'.upper(), 'ŉ'.upper(), 'ǰ'.upper(), 'ΐ'.upper())
print(ascii('İ'.lower()), len('İ'.lower()), 'İstanbul'.lower() == 'i̇stanbul')
print('ΟΔΟΣ ΟΔΟΣ.'.lower(), 'Σ'.lower(), 'ΑΣ'.lower(), 'Α.Σ'.lower(), 'ΣΑ'.lower(), 'ΑΣ\u0301Β'.lower())
print('\u212a'.lower() == 'k', '\u2126'.lower() == 'ω', '\u212b'.lower() == 'å', '\u212a'.isupper())
print('\u212a'.casefold(), 'K'.casefold() == '\u212a'.casefold())
print('ǅ'.istitle(), 'ǅ'.isupper(), 'ǅ'.upper(), 'ǅ'.lower(), 'ǆ'.title(), 'ǳ'.capitalize())
print('ꭰ'.upper(), 'Ꭰ'.lower(), 'ꭰ'.casefold(), 'Ꭰ'.casefold())  # Cherokee folds to upper case
print('ა'.upper(), 'Ა'.lower(), 'ა'.title())  # Georgian Mkhedruli / Mtavruli
print('𐐨'.upper(), '𐐀'.lower(), '𞤢'.upper())  # Deseret, Adlam
print('ᾳ'.upper(), 'ᾳ'.title(), 'ᾼ'.lower(), 'ᾼ'.casefold())
print('hello wörld ǆungla'.title(), 'ǆ'.swapcase(), 'ß'.swapcase())
print(int('٣'), int('١٢٣'), int('௧௨'), float('٣.٥'), int('\u2003 42\u3000'), float('\u00a01.5\u2028'))
print(int('𝟗𝟖'), int('꘩'), '٣'.isdecimal(), '²'.isdigit(), '²'.isdecimal(), '½'.isnumeric(), '½'.isdigit())
for bad in ['²', '½', '٣x', '1\u200b']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
print('一二三'.isnumeric(), 'Ⅻ'.isnumeric(), 'Ⅻ'.isalpha(), 'Ⅻ'.isupper(), 'ⅻ'.upper())
print('\u0378'.isprintable(), '\u00ad'.isprintable(), '\U0001F600'.isprintable(), '\ue000'.isprintable())
print('\u1680'.isspace(), '\u200b'.isspace(), '\u180e'.isspace(), '\x1c'.isspace(), '\u3000'.isspace())
print('a\u2028b\u2029c\x85d\x1ce'.splitlines())
print('℘'.isidentifier(), '℮x'.isidentifier(), '·'.isidentifier(), 'a·'.isidentifier(), '゛'.isidentifier())
print('x\u0301'.isidentifier(), '\u0301x'.isidentifier(), '𝔘𝔫𝔦'.isidentifier(), '١a'.isidentifier())
print('Ça'.isascii(), 'Ca'.isascii(), ''.isascii())
print('ǅungla'.istitle(), 'Hello World'.istitle(), 'ÉCOLE'.isupper(), 'ᵃ'.islower(), 'ʰ'.islower())
print(repr('\u0378\u00ad\u2028\U0001F600\ue000'))
π = 3.14
ñame = 'x'
变量 = 42
Ǆx = 1
print(π, ñame, 变量, Ǆx)
