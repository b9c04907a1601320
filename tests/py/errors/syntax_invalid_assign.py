# SyntaxError: invalid assignment target (literal on the left)
print("this never prints")
x = 2
1 = x
