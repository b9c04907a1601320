# id() equality for aliases, hash() of ints and tuples
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c))
print(hash(1) == hash(1), hash(10) == 10, hash(-5) == -5, hash(0))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(1) == hash(1.0), hash(True) == hash(1))
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
