# re: finditer is lazy (in batches) and agrees with compile().finditer; pos/endpos; Pattern.scanner
import re
for p, s in [('x*', 'abxxd' * 20), ('a', 'a' * 100), ('', 'é' * 40), (r'\b', 'ab cd ' * 10), ('(a)|b', 'ab' * 30)]:
    print([m.span() for m in re.finditer(p, s)] == [(m.start(), m.end()) for m in re.compile(p).finditer(s)],
          [(m.span(), m.groups()) for m in re.finditer(p, s)][-5:], len(list(re.finditer(p, s, 0))))
print([m.span() for m in re.compile('a|').finditer('aaa' * 20, 3, 50)][-4:])
it = re.finditer(r'\d', '1' * 1000000)
print(next(it), next(it).pos)
try:
    re.finditer('a', 1)
except TypeError as e:
    print(e)
s = re.compile(r'\d+|\s+|[a-z]+|').scanner('ab 12 cd!x')
print([m.group() for m in iter(s.match, None)])
print(s.match(), s.search())
s = re.compile(r'x*').scanner('axxb', 0)
print([m.span() for m in iter(s.search, None)])
s = re.compile(r'\w').scanner('a b', 1, 3)
print(s.search(), s.search(), s.search(), s.pattern)
