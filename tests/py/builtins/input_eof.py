# input() with stdin at EOF raises EOFError
try:
    line = input()
    print("read:", line)
except EOFError as e:
    print("EOFError caught", repr(str(e)))
print("after input")
