# isinstance() and issubclass() with classes, builtins and tuples
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(1, (str, float)), isinstance(1, (str, int)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", str), isinstance([], list), isinstance({}, dict), isinstance(None, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int))
print(issubclass(int, object), issubclass(A, A))
print(isinstance(ValueError("x"), Exception), isinstance(int, type))
