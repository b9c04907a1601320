# open() for writing, appending and reading text files, line iteration
import os
name = "_tmp_open_text.txt"
f = open(name, "w", encoding="utf-8")
n = f.write("first line\nsecond line\n")
f.write("héllo 日本\n")
f.close()
print(n)
f = open(name, encoding="utf-8")
print(repr(f.read()))
f.close()
with open(name, "r", encoding="utf-8") as f:
    for line in f:
        print(line.rstrip("\n"))
with open(name, "a") as f:
    f.write("appended")
with open(name, encoding="utf-8") as f:
    print(f.read().split("\n"))
os.remove(name)
print("removed")
