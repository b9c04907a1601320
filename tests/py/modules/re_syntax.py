# re: pattern syntax: classes, escapes, quantifiers (greedy/lazy/possessive, {m,n}), alternation, anchors,
# lookaround, backreferences, conditionals, atomic groups
import re

def show(p, s, flags=0):
    print(repr(p), repr(s), [(m.span(), m.groups()) for m in re.finditer(p, s, flags)])

show(r'[a-c]+|[^a-z ]+', 'abc xyz XYZ 123 cab')
show(r'[\d.]+|[\w-]+', 'pi=3.14 well-known')
show(r'[]a]+|[^]x]+', '[]a]xy')
show(r'\x41\u00e9\U0001F600\101\0\n\t', 'A\u00e9\U0001F600A\x00\n\t')
show(r'\s+|\S+', 'a \t\nb\x0b\x0c')
show(r'\d+|\D+', 'ab12٣٤c')
show(r'\W+', 'a,b; c_d!é')
show(r'a{2}|b{2,}|c{,2}d|e{1,3}?', 'aaa bbbb ccd eee')
show(r'a{,}', 'a{,}') ; show(r'x{a}', 'x{a}'); show(r'{', '{}')
show(r'<.*>', '<a><b>'); show(r'<.*?>', '<a><b>'); show(r'<.+?>', '<><a>')
show(r'a*+a|b++', 'aaa bb'); show(r'(?>a+)b|(?>a+)', 'aaab aa'); show(r'(?:ab|a)*+c', 'ababc')
show(r'(a|ab)(c|bcd)(d*)', 'abcd'); show(r'(?:a|b)*?c', 'abac')
show(r'^\w+|\w+$', 'one two\nthree four'); show(r'(?m)^\w+|\w+$', 'one two\nthree four\n')
show(r'\A\w|\w\Z', 'ab\ncd'); show(r'$', 'a\n'); show(r'(?m)$', 'a\nb\n')
show(r'\bcat\b', 'cat concat cat.'); show(r'\Bat\B', 'cat batty'); show(r'\b', ''); show(r'\B', '')
show(r'(?s).', 'a\nb'); show(r'.', 'a\nb')
show(r'foo(?=bar)', 'foobar foobaz'); show(r'foo(?!bar)', 'foobar foobaz')
show(r'(?<=\$)\d+', 'cost $30, 40'); show(r'(?<!\$)\b\d+', 'cost $30, 40')
show(r'(?<=ab|cd)x', 'abx cdx efx'); show(r'(?=(\w+))\w', 'ab'); show(r'(?<=(a))b', 'ab')
show(r'(\w)\1', 'hello bookkeeper'); show(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" or \'yo\'')
show(r'(?i)(a)\1', 'aA Aa'); show(r'(a)?(?(1)b|c)', 'ab c b'); show(r'(?P<x><)?\w+(?(x)>)', '<a> b <c')
show(r'(a*)*', 'aa'); show(r'(a*)+b', 'aab'); show(r'(a|)+', 'aa'); show(r'((a)|b)+', 'ab')
show(r'(?x) a  b # comment\n | c', 'ab c'); show(r'(?x)[ ]a\ b', ' a b')
show(r'(?i)hello', 'HeLLo'); show(r'(?i:a)b', 'Ab AB'); show(r'(?i)a(?-i:b)', 'AB Ab')
show(r'a|b|', 'abc'); show(r'()', 'ab'); show(r'(?:)', ''); show(r'', 'ab'); show(r'x*', 'axx')
show(r'(?#comment)a', 'a'); show(r'a(?=)', 'a'); show(r'[\b]', '\b'); show(r'\.\*\\', '.*\\')
show(rb'[\x00-\x7f]+', b'ab\xffc'); show(rb'\w+', b'caf\xe9'); show(rb'(?i)caf\xc9', b'CAF\xe9 caf\xc9')
