# Unicode character database over every code point (but surrogates): str predicates and int()/float(), as hashes.
# The collector is paused while each block of 4096 code points is processed, then run once: a collection per
# allocation (the gc-stress build) over a million small strings would take hours; the data is under test here.
import gc
import hashlib

PROBES = {
    'lines': lambda c: '%d' % len(('a' + c + 'b').splitlines()),
    'split': lambda c: '%d' % len(('a' + c + 'b').split()),
    'id continue': lambda c: '1' if ('a' + c).isidentifier() else '0',
}
for name in ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isprintable', 'isidentifier', 'isalnum',
             'isupper', 'islower', 'istitle', 'isascii']:
    PROBES[name] = (lambda m: lambda c: '1' if getattr(c, m)() else '0')(name)
hashes = {name: hashlib.sha256() for name in PROBES}
count = digit_sum = 0
for start in range(0, 0x110000, 4096):
    gc.disable()
    chars = [chr(c) for c in range(start, start + 4096) if not 0xD800 <= c < 0xE000]
    for name, probe in PROBES.items():
        hashes[name].update('\x00'.join([probe(c) for c in chars]).encode())
    digits = [c for c in chars if c.isdecimal()]
    digit_sum += sum(int(c) for c in digits) + int(sum(float(c) for c in digits))
    count += len(chars)
    chars = digits = None
    gc.enable()
    gc.collect()
print(count, digit_sum)
for name in PROBES:
    print(name, hashes[name].hexdigest()[:16])
