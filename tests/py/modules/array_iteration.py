# array.array with built-ins that iterate or compare: reversed, sorted, min/max/sum, unpacking, truth, copies
from array import array

a = array('d', [3.0, 1.5, 2.25])
print(list(reversed(a)), sorted(a), max(a), min(a), sum(a), tuple(a), set(array('b', [1, 1, 2])))
print(a.__copy__(), a.__deepcopy__({}), a.__copy__() is not a, enumerate(a).__next__())
print(array('i', [1, 2, 3]).index(2), bool(array('i')), bool(a), [*array('B', b'ab')], array('i', [5]) != array('i', [5]))
print(array('f', [float('inf'), -0.0]), array('d', [1e16, 1.5e-7]))
