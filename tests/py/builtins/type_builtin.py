# type() name and identity checks
vals = [1, 1.5, "s", b"b", None, True, [], (), {}, set(), range(1), len]
print([type(v).__name__ for v in vals[:-1]])
print(type(1) is int, type(True) is int, type(True) is bool, type("") is str)
print(type([]) == list, type(()) is tuple, type({}) is dict)
class A:
    pass
class B(A):
    pass
print(type(A()).__name__, type(B()) is B, type(B()) is A)
print(type(A) is type, type(int).__name__)
print(type(type(1)).__name__)
