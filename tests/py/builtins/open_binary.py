# open() in binary modes: write bytes, read bytes back, text vs binary lengths
import os
name = "_tmp_open_binary.bin"
with open(name, "wb") as f:
    f.write(b"\x00\x01\xffabc")
    f.write("é".encode())
with open(name, "rb") as f:
    data = f.read()
print(data, len(data), data[2], type(data).__name__)
with open(name, "w", encoding="utf-8") as f:
    f.write("日本")
with open(name, "rb") as f:
    raw = f.read()
print(raw, len(raw), raw.decode())
os.remove(name)
try:
    open(name)
except FileNotFoundError as e:
    print("caught", type(e).__name__)
