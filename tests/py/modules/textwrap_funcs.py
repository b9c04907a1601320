# textwrap: wrap/fill (CPython's line breaking: hyphens, em-dashes, long words, max_lines), shorten, dedent, indent
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module -- a well-known, "
        "often-used tool -- breaks long lines at whitespace and after hyphens in hyphenated-words; "
        "extraordinarily-long-compound-words-like-this-one get broken too. Done!  Really.\tTabs\nand newlines.")
for width in (10, 17, 25, 40, 70):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.wrap('  leading and trailing   ', 8), textwrap.wrap(''), textwrap.wrap('   '))
print(textwrap.wrap('a\tb\tc', 12, expand_tabs=False), textwrap.wrap('x\ty', 30, tabsize=4))
print(textwrap.wrap('supercalifragilisticexpialidocious', 10), textwrap.wrap('---------- x', 4))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world, this is a test", 15, placeholder=' ~'))
print(repr(textwrap.dedent('''\
    def f():
        return 1
      # comment

    x = 2
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   \n  x\n    y\n')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda line: True)))
w = textwrap.TextWrapper(width=15, initial_indent='- ')
print(w.wrap('one two three four five six seven'), w.fill('alpha beta'))
for bad in (lambda: textwrap.wrap('abc', 0), lambda: textwrap.wrap('abc def', 3, max_lines=1, placeholder=' [....]')):
    try:
        bad()
    except ValueError as e:
        print(e)
