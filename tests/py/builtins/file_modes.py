# open(): modes w/a/r/x, binary, readline/readlines/iteration, with, seek/tell, errors and messages
import os
name = "_tmp_file_modes.txt"
with open(name, "w") as f:
    print(f.write("alpha\nbeta\n"), f.writable(), f.readable(), f.closed, f.mode, f.name)
    f.writelines(["gamma\n", "delta"])
print(f.closed)
with open(name, "a") as f:
    f.write("\nepsilon\n")
f = open(name)
print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()))
print(f.readlines())
print(repr(f.readline()), repr(f.read()))
f.close()
with open(name) as f:
    print([line.rstrip() for line in f])
with open(name) as f:
    print(repr(f.read(3)), f.tell(), repr(f.read(4)))
    f.seek(0)
    print(repr(f.read(5)))
    print(f.seek(0, 2), repr(f.read()))
with open(name, "r+") as f:
    f.write("ALPHA")
    f.seek(0)
    print(repr(f.readline()))
with open(name, "w", newline="") as f:
    f.write("one\r\ntwo\rthree\n")
with open(name) as f:
    print(repr(f.read()))
with open(name, newline="") as f:
    print(f.readlines())
with open(name, "rb") as f:
    data = f.read()
    print(data, type(data).__name__, f.mode)
with open(name, "wb") as f:
    print(f.write(b"\x00\x01bin\n"), f.write(b"more"))
with open(name, "rb") as f:
    print(f.read(2), f.readline(), f.read(), f.read())
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
try:
    open("_tmp_missing_dir/nope.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open("_tmp_does_not_exist.txt")
except OSError as e:
    print(type(e).__name__, e.filename, e.strerror)
for mode in ["rw", "rr", "q", "", "rbt"]:
    try:
        open(name, mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(name, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
f = open(name, "w")
try:
    f.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
f.close()
for op in [lambda: f.write("x"), lambda: f.read(), f.readline, f.flush]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
f.close()
f = open(name, "wb")
try:
    f.write("text")
except TypeError as e:
    print("TypeError:", e)
f.close()
with open(name, "w", encoding="utf-8") as f:
    f.write("héllo wörld\n")
with open(name, encoding="utf-8") as f:
    print(f.read(4), f.read())
os.remove(name)
print(os.path.exists(name) if hasattr(os, "path") else False)
