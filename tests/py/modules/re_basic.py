# re: match/search/fullmatch, match objects (group, groups, groupdict, span, start, end, [], lastindex, repr)
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[0], m[2])
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m.pos, m.endpos)
print(m.lastindex, m.lastgroup, m.re, m.string, bool(m), m.regs)
print(re.match('b', 'ab'), re.search('b', 'ab'), re.fullmatch('a|ab', 'ab'), re.fullmatch('a', 'ab'))

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<x>!)?', 'Malcolm Reynolds')
print(m.group('first'), m['last'], m.groupdict(), m.groupdict('-'), m.groups(), m.groups(0))
print(m.lastindex, m.lastgroup, m.span('x'), m.start('x'), m.group('first', 2, 'x'))
print(re.match(r'(a)(b)?', 'ac').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match('a', 'a').lastindex)
print(re.match(r'(a)()', 'a').lastindex, re.match(r'(?P<n>a)|b', 'b').lastgroup)
for bad in [3, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(m.group(True), m.start(False))

# pos / endpos
p = re.compile(r'\w+')
print(p.match('  ab cd', 2), p.search('ab cd', 1, 4), p.fullmatch('xabx', 1, 3), p.match('ab', 5), p.search('abc', 2, 1))
m = p.search('hello world', -5, 99)
print(m, m.pos, m.endpos)
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'\bb').search('ab', 1))

# repr truncation and non-ASCII spans (code points, not bytes)
print(re.search('x+', 'x' * 60))
m = re.search(r'wörld+', 'héllo wörld!')
print(m, m.span(), m.start(), 'héllo wörld!'[m.start():m.end()])
print(re.search(r'\d+', 'ab١٢٣c'), re.search(b'b+', b'abbc'), re.match(b'(a)', bytearray(b'ab')).group(1))

# expand
m = re.match(r'(?P<a>\w+)-(\w+)', 'foo-bar')
print(m.expand(r'\2=\1 \g<a>\g<0>\n!'), m.expand(b'x' and r'[\g<2>]'))
print(re.match(b'(a)', b'a').expand(rb'<\1>'))
