# pass in functions, classes, loops and branches
def nothing():
    pass

class Empty:
    pass

for i in range(3):
    pass
print(i)

if True:
    pass
else:
    pass

while False:
    pass

try:
    pass
except Exception:
    pass
print(nothing(), type(Empty()).__name__)
