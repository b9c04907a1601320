# uncaught KeyError with a non-string key inside a function
def lookup(table, k):
    return table[k]

squares = {i: i * i for i in range(5)}
print(lookup(squares, 3))
print(lookup(squares, 42))
