# base64: b64 (altchars, validate), urlsafe, b32/b32hex, b16, encodebytes/decodebytes and their errors
import base64
import binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe?>']
for s in samples[:7] + [samples[8]]:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s),
          base64.b16encode(s))
for s in samples:
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.decodebytes(base64.encodebytes(s)) == s
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'), base64.b64decode('Zm9v'))
print(base64.standard_b64encode(b'hi'), base64.standard_b64decode(b'aGk='), base64.b64decode(b'Zm9v\nYmFy'))
print(base64.encodebytes(bytes(range(60))), base64.encodebytes(b''), base64.decodebytes(b'Zm9v\n'))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('MZXW6YQ=', map01=None))
print(base64.b32decode('0ZXW6YQ=', map01='L'), base64.b16decode('666f6f', casefold=True), base64.b64encode(bytearray(b'ab')))
errors = [lambda: base64.b64decode('Zm9v!', validate=True), lambda: base64.b64decode('Zm9'),
          lambda: base64.b32decode('MZXW6YQ'), lambda: base64.b32decode('MZXW6Y1='), lambda: base64.b32decode('MZXW6==='),
          lambda: base64.b16decode('666g'), lambda: base64.b16decode('666f6'), lambda: base64.b64decode('é'),
          lambda: base64.b64decode(3), lambda: base64.encodebytes('abc'), lambda: base64.b64encode('abc')]
for f in errors:
    try:
        f()
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(base64.b64decode('Zm9v!'), base64.b64decode('Zm 9v'))
