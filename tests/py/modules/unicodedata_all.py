# unicodedata over every code point: category, name, decimal, digit, numeric (as hashes), and sampled lookups.
# The collector is paused per block of 4096 code points (see types/unicode_exhaustive.py: gc-stress speed).
import gc
import hashlib
import unicodedata

h = {k: hashlib.sha256() for k in ['category', 'name', 'decimal', 'digit', 'numeric']}
looked_up = 0
for start in range(0, 0x110000, 4096):
    gc.disable()
    chars = [chr(c) for c in range(start, start + 4096)]
    h['category'].update(''.join([unicodedata.category(c) for c in chars]).encode())
    names = [unicodedata.name(c, '-') for c in chars]
    h['name'].update('\n'.join(names).encode())
    h['decimal'].update(str([unicodedata.decimal(c, None) for c in chars]).encode())
    h['digit'].update(str([unicodedata.digit(c, None) for c in chars]).encode())
    h['numeric'].update(str([unicodedata.numeric(c, None) for c in chars]).encode())
    for k in range(0, 4096, 61):
        if names[k] != '-':
            assert unicodedata.lookup(names[k]) == chars[k], names[k]
            if not names[k].startswith(('CJK', 'HANGUL', 'KHITAN', 'NUSHU', 'TANGUT')):
                assert unicodedata.lookup(names[k].lower()) == chars[k], names[k]
            looked_up += 1
    chars = names = None
    gc.enable()
    gc.collect()
for k, v in h.items():
    print(k, v.hexdigest()[:16])
print(looked_up)
