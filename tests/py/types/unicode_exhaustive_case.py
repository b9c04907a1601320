# Unicode character database over every code point (but surrogates): case mappings, as hashes.
# The collector is paused while each block of 4096 code points is processed, then run once: a collection per
# allocation (the gc-stress build) over a million small strings would take hours; the data is under test here.
import gc
import hashlib

PROBES = {
    'upper': lambda c: c.upper(), 'lower': lambda c: c.lower(), 'title': lambda c: c.title(),
    'casefold': lambda c: c.casefold(),
    'after cased': lambda c: ('A' + c + 'Σ').lower(), 'after digit': lambda c: ('1' + c + 'Σ').lower(),
    'in title': lambda c: ('a' + c + 'a').title(),
}
hashes = {name: hashlib.sha256() for name in PROBES}
whole_hash = hashlib.sha256()
count = 0
for start in range(0, 0x110000, 4096):
    gc.disable()
    chars = [chr(c) for c in range(start, start + 4096) if not 0xD800 <= c < 0xE000]
    for name, probe in PROBES.items():
        hashes[name].update('\x00'.join([probe(c) for c in chars]).encode())
    block = ''.join(chars)
    whole_hash.update('\x00'.join([block.upper(), block.lower(), block.casefold(), block.title(), block.swapcase(),
                                   block.capitalize()]).encode())
    count += len(chars)
    chars = block = None
    gc.enable()
    gc.collect()
print(count)
for name in PROBES:
    print(name, hashes[name].hexdigest()[:16])
print('blocks', whole_hash.hexdigest()[:16])
