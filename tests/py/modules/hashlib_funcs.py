# hashlib: every algorithm's digests, update/copy, new(), attributes and CPython's errors
import hashlib

data = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    ctor = getattr(hashlib, name)
    for d in data:
        h = ctor(d)
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h = ctor()
    for i in range(200):
        h.update(bytes([i % 256]) * i)
    c = h.copy()
    c.update(b"more")
    print(name, h.hexdigest()[:32], c.hexdigest()[:32], h.digest() == bytes.fromhex(h.hexdigest()))
    print(hashlib.new(name, b"abc").hexdigest() == ctor(b"abc").hexdigest(), hashlib.new(name.upper()).name)

print(hashlib.sha256(bytearray(b"ba")).hexdigest())
print(hashlib.md5(string=b"kw").hexdigest(), hashlib.sha1(b"x", usedforsecurity=False).hexdigest())
print(hashlib.new("md5", data=b"a").hexdigest(), hashlib.new("sha-256").name)
print(type(hashlib.md5()).__name__, type(hashlib.md5().digest()).__name__)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}))

def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: hashlib.md5("text"))
err(lambda: hashlib.sha256(5))
err(lambda: hashlib.sha1().update("s"))
err(lambda: hashlib.sha1().update(None))
err(lambda: hashlib.sha1().update())
err(lambda: hashlib.md5(b"a", b"b"))
err(lambda: hashlib.sha1(data=b"a"))
err(lambda: hashlib.new("foo"))
err(lambda: hashlib.new(1))
err(lambda: hashlib.new())
err(lambda: hashlib.new("sha256", b"x", foo=1))
err(lambda: hashlib.md5().digest(1))
err(lambda: hashlib.md5().hexdigest(1))
err(lambda: hashlib.md5().nosuch)
def setattr_x(obj):
    obj.x = 1
err(lambda: setattr_x(hashlib.md5()))
print(type(hashlib.sha1()))

import io, os
print(hashlib.file_digest(io.BytesIO(b"abc"), "sha256").hexdigest())
with open("_tmp_hashlib.bin", "wb") as f:
    f.write(bytes(range(256)) * 100)
with open("_tmp_hashlib.bin", "rb") as f:
    print(hashlib.file_digest(f, hashlib.md5).hexdigest())
os.remove("_tmp_hashlib.bin")
