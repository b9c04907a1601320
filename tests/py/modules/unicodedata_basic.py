# unicodedata basics and \N{...} escapes (names, aliases, Hangul and ideographs), with CPython's errors.
import unicodedata as u

print(u.unidata_version, u.category('A'), u.category('\u0378'), u.category('\U0010FFFF'), u.category('\ud7a4'))
print(u.name('a'), u.name('\u212a'), u.name('\uac00'), u.name('\ud7a3'), u.name('\u4e00'), u.name('\U0002A6DF'))
print(u.name('\x00', None), u.name('\ue000', 'private'), u.name('\U0001F40D'))
print(u.lookup('snake'), u.lookup('Kelvin Sign') == '\u212a', u.lookup('HANGUL SYLLABLE PWILH'), u.lookup(b'DIGIT ONE'))
print(ascii(u.lookup('NULL')), ascii(u.lookup('LINE FEED')), ascii(u.lookup('ZWJ')), ascii(u.lookup('BOM')))
print(u.decimal('7'), u.decimal('\u0663'), u.digit('\u00b2'), u.numeric('\u215e'), u.numeric('\u3405'), u.numeric('x', -1))
print('\N{LATIN CAPITAL LETTER A WITH RING ABOVE}\N{SNOWMAN}\N{snowman}', ascii('\N{NUL}\N{LF}\N{NBSP}'))
print('\N{HANGUL SYLLABLE HAN}\N{CJK UNIFIED IDEOGRAPH-5B57}\N{CJK COMPATIBILITY IDEOGRAPH-F900}')
print(len('\N{GRINNING FACE}'), f'\N{BULLET} {1 + 1}')


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: u.category('ab'))
attempt(lambda: u.category(5))
attempt(lambda: u.name(''))
attempt(lambda: u.name('\x00'))
attempt(lambda: u.lookup('NO SUCH CHARACTER'))
attempt(lambda: u.lookup('HANGUL SYLLABLE QQQ'))
attempt(lambda: u.lookup('CJK UNIFIED IDEOGRAPH-0041'))
attempt(lambda: u.lookup('cjk unified ideograph-4E00'))
attempt(lambda: u.lookup('CJK UNIFIED IDEOGRAPH-4e00'))
attempt(lambda: u.lookup('hangul syllable ga'))
attempt(lambda: u.decimal('x'))
attempt(lambda: u.digit('\u00bd'))
attempt(lambda: u.numeric('x'))
attempt(lambda: eval(r"'\N{NO SUCH NAME}'"))
attempt(lambda: eval(r"'\N{}'"))
attempt(lambda: eval(r"'\N{'"))
attempt(lambda: eval(r"'\N{abc'"))
attempt(lambda: eval(r"'\Nx'"))
attempt(lambda: u.digit(5))
