# string: the character-class constants and capwords
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits',
             'punctuation', 'printable', 'whitespace']:
    print(name, repr(getattr(string, name)))
print(string.capwords('  hello   wORLD  of python '))
print(string.capwords('a-b-c d', '-'), repr(string.capwords('')))
print(repr(string.capwords('x,,y', ',')))
print(all(c in string.printable for c in 'Hello, World!\n'))
from string import *
print(ascii_uppercase[:3], capwords('from import star'))
