# gc.collect() runs and returns; objects with cycles still behave
import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
a = Node(1)
b = Node(2)
a.other = b
b.other = a
r = gc.collect()
print(r is None or isinstance(r, int))
print(a.other.other.v)
del a, b
gc.collect()
data = [[i] * 10 for i in range(1000)]
gc.collect()
print(sum(len(x) for x in data))
