# uncaught AttributeError on an int
n = 5
print(n + 1)
n.foo()
