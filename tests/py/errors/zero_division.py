# uncaught ZeroDivisionError at module level after some output
x = 10
print("before", x)
y = x - 10
print(x / y)
print("not reached")
