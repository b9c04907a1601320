# IndentationError: unexpected indent
print("this never prints")
x = 1
    y = 2
print(x + y)
