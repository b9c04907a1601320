# uncaught ValueError from tuple unpacking
def get_point():
    return (1, 2)

x, y = get_point()
print(x, y)
x, y, z = get_point()
