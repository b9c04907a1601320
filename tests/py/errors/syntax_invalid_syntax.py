# SyntaxError: plain invalid syntax (incomplete binary expression)
print("this never prints")
a = 1
b = a +
print(b)
