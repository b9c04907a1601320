# open() text mode: universal newlines across read-ahead chunks, newline="" and "\r", utf-8 reads
import os
name = "_tmp_nl.txt"
data = ("x" * 8191 + "\r\n" + "é" * 5000 + "\r" + "y\r\n") * 3
with open(name, "w", newline="") as f:
    f.write(data)
with open(name) as f:
    lines = f.readlines()
print(len(lines), [len(l) for l in lines], lines[1][-3:])
with open(name) as f:
    parts = []
    while True:
        p = f.read(4095)
        if not p:
            break
        parts.append(len(p))
    print(parts)
with open(name, newline="") as f:
    print([len(l) for l in f])
with open(name, newline="\r") as f:
    print([len(l) for l in f][:5])
with open(name, "rb") as f:
    print(len(f.read()))
with open(name, encoding="utf-8") as f:
    f.readline()
    print(f.tell() if False else "", repr(f.read(3)))
os.remove(name)
