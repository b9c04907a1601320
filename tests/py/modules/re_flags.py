# re: flags (module constants, combination, inline), Pattern attributes and repr, Unicode and ASCII classes,
# case-insensitive matching of non-ASCII letters
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.I | re.M, re.M | re.I, re.I | re.A)
print(int(re.I), int(re.I | re.S | re.X), re.IGNORECASE == 2, isinstance(re.I, int), re.I & re.I, re.I | 0)
p = re.compile(r'(?P<word>\w+)\s(\d)', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, sorted(p.groupindex.items()))
print(re.compile('a'), re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('(?i)a'), re.compile('(?s)a').flags, re.compile('(?x)a', re.M), re.compile(b'a', re.I))
print(re.compile('a' * 250) == re.compile('a' * 250), re.compile('a') == re.compile('a', re.I))
print(repr(re.compile('x' * 300))[:30], len(repr(re.compile('x' * 300))))

for p, s, f in [(r'\w+', 'héllo_1 ωμέγα', 0), (r'\w+', 'héllo_1 ωμέγα', re.A), (r'(?a)\d+', '12٣', 0),
                (r'\d+', '12٣', 0), (r'\s+', 'a\u00a0\u2003b', 0), (r'\s+', 'a\u00a0b', re.ASCII),
                (r'\bé\b', 'x é y', 0), (r'\bé', 'xé', 0), (r'\bé', 'xé', re.A)]:
    print(repr(p), repr(s), re.findall(p, s, f))

for p, s in [('straße', 'STRASSE'), ('é', 'É'), ('[à-ÿ]+', 'ÀÉÎ'), ('σ', 'Σς'), ('ω+', 'ΩωΩ'),
             ('k', '\u212a'), ('s', 'ſ'), ('[a-z]+', 'AbC\u212a'), ('(?a)é', 'É'), ('(?a)k', '\u212a'), ('[^a]', 'A')]:
    print(repr(p), repr(s), re.findall(p, s, re.I))

print(re.findall(r'^\w', 'a\nb', re.M | re.S), re.findall('a.b', 'a\nb', re.DOTALL), re.findall('a.b', 'a\nb'))
print(re.findall(r'''\d +  # digits
                     [.] \d*  # fraction''', '3.14 and 42.', re.VERBOSE))
for bad in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.RegexFlag.IGNORECASE, re.RegexFlag.M | re.RegexFlag.S, type(re.compile('a')), type(re.match('a', 'a')))
ns = {}
exec('from re import *', ns)
print(sorted(k for k in ns if not k.startswith('__')))
