# sys.stdout.write returns count and does not add newlines
import sys
n = sys.stdout.write("hello")
sys.stdout.write(" world\n")
print(n)
sys.stdout.write("日本\n")
print("mixed with print")
sys.stdout.write("")
sys.stdout.write("a" + "b" + "\n")
