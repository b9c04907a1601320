# re: re.error messages, positions, lineno/colno for bad patterns and templates (as CPython 3.11), TypeErrors
import re

bad = ['(a', 'a)', '*a', 'a**', '+', '?', '{1}', 'a{3,2}', '[a', '[a-', '[z-a]', r'\q', '\\', r'(?P<1a>x)',
       r'(?P<a>x)(?P<a>y)', r'(?P=b)', r'(?<x)', r'(?Px)', r'\1', r'(a)\2', r'(?<=a+)b', r'(?<!a|bc)d', r'(?z)',
       r'a(?i)', r'(?i', r'(?-i)', r'(?i-:a)', r'x(?#abc', r'[\d-z]', r'\x4', r'\u12', r'\U0011ffff', r'(?P<>a)',
       r'(?P<a', r'(?', r'(?<', r'(?P', r'(?(2)a)', r'(?(0)a)', r'(?(x)a)', r'\b*', r'(?i-i:a)',
       r'(a)(?(1)a|b|c)', r'(?-:a)', r'(?a-a:x)', r'(?au)x', 'ab\\\\\\q', 'a\nb\n  (', r'(?P<a>(?P=a))', r'\8',
       r'\400', r'[\400]', r'[a\w-z]', r'(?<=(?P<a>x)(?P=a))', r'a{1,2}{3}', '(?x)a #c\n(', b'\\q', b'(?u)x',
       b'[\xff-\x01]', r'(?L)x', r'[]', r'[^]', r'(?<=a{2,3})', r'(a)|\2', r'(?<=a|(b))', r'\N{DASH}' if 0 else r'\c']
for p in bad:
    try:
        re.compile(p)
        print('compiled', repr(p))
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
print(re.error is re.PatternError if hasattr(re, 'PatternError') else True, issubclass(re.error, Exception))
print(re.error('msg'), re.error('msg').pos, re.error('m', 'ab\ncd', 4))

for t in [r'\2', r'\g<x>', r'\g<1', r'\g', '\\', r'\q', r'\g<-1>', r'\g<>', r'\g<1a>', r'\400']:
    try:
        print(re.sub('(a)', t, 'a'))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)

for f in [lambda: re.match('a', 1), lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'),
          lambda: re.compile(1), lambda: re.sub('a', 1, 'a'), lambda: re.sub(b'a', 'x', b'a'),
          lambda: re.sub('a', b'x', 'a'), lambda: re.sub('a', lambda m: 1, 'a'), lambda: re.findall('a', None)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
