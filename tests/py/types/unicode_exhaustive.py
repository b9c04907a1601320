# Unicode character database over every code point (but surrogates): case mappings and str predicates, as hashes.
# The collector is paused while each block of 4096 code points is processed, then run once: a collection per
# allocation (the gc-stress build) over a million small strings would take hours; the data is under test here.
import gc
import hashlib

PROBES = {
    'upper': lambda c: c.upper(), 'lower': lambda c: c.lower(), 'title': lambda c: c.title(),
    'casefold': lambda c: c.casefold(), 'swapcase': lambda c: c.swapcase(), 'capitalize': lambda c: c.capitalize(),
    'after cased': lambda c: ('A' + c + 'Σ').lower(), 'after digit': lambda c: ('1' + c + 'Σ').lower(),
    'in title': lambda c: ('a' + c + 'a').title(), 'lines': lambda c: '%d' % len(('a' + c + 'b').splitlines()),
    'split': lambda c: '%d' % len(('a' + c + 'b').split()),
    'id continue': lambda c: '1' if ('a' + c).isidentifier() else '0',
}
for name in ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isprintable', 'isidentifier', 'isalnum',
             'isupper', 'islower', 'istitle', 'isascii']:
    PROBES[name] = (lambda m: lambda c: '1' if getattr(c, m)() else '0')(name)
hashes = {name: hashlib.sha256() for name in PROBES}
whole_hash = hashlib.sha256()
count = digit_sum = 0
for start in range(0, 0x110000, 4096):
    gc.disable()
    chars = [chr(c) for c in range(start, start + 4096) if not 0xD800 <= c < 0xE000]
    for name, probe in PROBES.items():
        hashes[name].update('\x00'.join([probe(c) for c in chars]).encode())
    block = ''.join(chars)
    whole_hash.update('\x00'.join([block.upper(), block.lower(), block.casefold(), block.title()]).encode())
    digits = [c for c in chars if c.isdecimal()]
    digit_sum += sum(int(c) for c in digits) + int(sum(float(c) for c in digits))
    count += len(chars)
    chars = digits = block = None
    gc.enable()
    gc.collect()
print(count, digit_sum)
for name in PROBES:
    print(name, hashes[name].hexdigest()[:16])
print('blocks', whole_hash.hexdigest()[:16])
