# os directory functions (mkdir, listdir, chdir/getcwd, rename, remove, rmdir, stat size) and their errors
import os

d = "_tmp_os_dirs"
os.mkdir(d)
print(os.listdir(d))
with open(d + "/a.txt", "w") as f:
    f.write("hello")
os.mkdir(d + "/sub")
print(sorted(os.listdir(d)))
print(os.stat(d + "/a.txt")[6])
here = os.getcwd()
os.chdir(d)
print(os.getcwd() == here + "/" + d)
os.rename("a.txt", "sub/b.txt")
print(sorted(os.listdir()), os.listdir("sub"))
with open("sub/b.txt") as f:
    print(f.read())
try:
    os.mkdir("sub")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.rmdir("sub")
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove("sub/b.txt")
os.rmdir("sub")
os.chdir("..")
try:
    os.remove(d + "/nope")
except OSError as e:
    print(type(e).__name__, e.errno)
os.rmdir(d)
print(os.path.exists(d))
