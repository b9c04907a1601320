# writing to stderr with sys.stderr.write and print(file=sys.stderr), exit 0
import sys
print("to stdout")
sys.stderr.write("to stderr via write\n")
print("error:", 42, file=sys.stderr)
print("x", "y", sep="-", end="!\n", file=sys.stderr)
print("stdout again")
