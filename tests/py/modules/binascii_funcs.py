# binascii: hexlify/unhexlify, base64 both ways (strict mode too), crc32; errors as binascii.Error
import binascii
print(binascii.hexlify(b'\x00\x01\xfe\xffabc'), binascii.b2a_hex(b''), binascii.hexlify(bytes(range(10)), '-'))
print(binascii.hexlify(b'abcde', ':', 2), binascii.hexlify(b'abcde', b':', -2), binascii.hexlify(b'abcdef', ' ', 3))
print(binascii.unhexlify('00ff41'), binascii.unhexlify(b'DEADbeef'), binascii.a2b_hex(''))
for d in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]):
    e = binascii.b2a_base64(d)
    print(e, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(e) == d)
print(binascii.a2b_base64('Zm9v YmFy\n'), binascii.a2b_base64(b'Zm9!vYg=='), binascii.a2b_base64('ab==c'), binascii.a2b_base64('abc=', strict_mode=True))
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'abc', -1), binascii.crc32(b'abc', 2**40))
print(issubclass(binascii.Error, ValueError))
for t in ['binascii.unhexlify("abc")', 'binascii.unhexlify("zz")', 'binascii.unhexlify("\u00e9")', 'binascii.a2b_base64("abcde")',
          'binascii.a2b_base64("abc")', 'binascii.a2b_base64("ab=c")', 'binascii.a2b_base64("=ab", strict_mode=True)',
          'binascii.a2b_base64("ab!c", strict_mode=True)', 'binascii.a2b_base64("ab==cd", strict_mode=True)',
          'binascii.a2b_base64("ab=", strict_mode=True)', 'binascii.a2b_base64("ab=c=", strict_mode=True)',
          'binascii.a2b_base64("a===")', 'binascii.hexlify("x")', 'binascii.hexlify(b"abc", "--")', 'binascii.crc32("x")',
          'binascii.b2a_base64("x")', 'binascii.unhexlify(5)']:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
