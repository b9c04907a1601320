# NameError hint from the function's own local variables (searched before globals and builtins)
def area(width, height):
    return width * heigth

print("start")
print(area(2, 3))
