# re: sub/subn (templates, functions, count), split (maxsplit, groups), findall, finditer, escape, purge
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k> (\g<0>)', 'a=1 b=2'))
print(re.sub(r'a(b)?', r'[\1]', 'ab a'), repr(re.sub('a', r'\n\t\\\0\101\08\%', 'a')))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.sub(r'\d', lambda m: None, 'a1b2'), re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'))
print(re.subn('o', '0', 'foo boo'), re.subn('o', '0', 'foo boo', count=2), re.subn('z', '0', 'foo'))
print(re.sub('o', '0', 'foo', -1), re.sub('(?i)O', 'x', 'fOo'), re.sub(b'o+', b'0', b'foo'))
print(re.sub(b'(o)', rb'<\1>', bytearray(b'fo')), re.sub(b'q', b'-', bytearray(b'ab')))
print(re.sub(r'\s+', ' ', 'a  b\t\nc'), re.sub('^', '> ', 'l1\nl2', flags=re.M))

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'a b', maxsplit=-1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(r'(a)|b', 'xaybz'))
print(re.split(r'\b', 'one two'), re.split(r'x*', 'axbc'), re.split('', 'abc'), re.split(b',', b'1,2'))

print(re.findall(r'\b\w', 'hello big world'), re.findall(r'(\w)(\d)?', 'a1b c2'))
print(re.findall(r'(\w+)=(\d+)', 'set width=20 and height=10'), re.findall('a*', 'baac'))
print(re.findall(r'(a)|b', 'ab'), re.findall(b'[0-9]+', b'a12b345'), re.findall('x', 'yyy'))
print([(m.span(), m.group()) for m in re.finditer(r'\w+ly\b', 'He was carefully disguised but captured quickly.')])
it = re.finditer('a', 'aa')
print(next(it), next(it), next(it, 'done'))
p = re.compile(r'\d+')
print(p.findall('1 22 333', 2), p.findall('1 22 333', 2, 6), [m.group() for m in p.finditer('1 22 333', 3)])

print(re.escape('a.b*c?[x]+(y)|^$\\ {1} #&~-'), re.escape('héllo wörld_1'), re.escape(b'a.b\x00'))
print(re.match(re.escape('1+1=2?'), '1+1=2?'))
re.purge()
print(re.compile('ab') is re.compile('ab'), re.compile(p) is p)
