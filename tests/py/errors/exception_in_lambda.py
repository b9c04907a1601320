# uncaught exception inside a lambda called via map
values = [4, 2, 0]
inverse = lambda x: 12 // x
for v in map(inverse, values):
    print(v)
