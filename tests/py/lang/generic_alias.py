# Generic aliases (PEP 585) and union types (PEP 604): what annotations evaluate to.
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[bytes]])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, type(a), a.__class__)
print(a([1, 2]), a() == [], a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a.__name__, a.__module__, a.append is list.append)
def f(): pass
class Local: pass
print(list[f], list[3], list[Local], dict[str, 'Local'], list[None])

u = int | None
print(u, type(u), u.__args__, int | str | None, None | int)
print(int | str == str | int, int | int, (int | str) | (str | bytes), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), issubclass(bool, int | None))
print(list[int] | None, int | list[int], {int | str: 'ok'})

def annotated(x: int | None, y: list[str] = None) -> dict[str, int | None]:
    return {}
print(annotated.__annotations__)

class Sub(list[int]):
    pass
print(Sub.__bases__, Sub.__mro__, Sub([1]).__class__.__name__)

for bad in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
            lambda: isinstance(1, int | list[int]), lambda: int | 3, lambda: 3 | int,
            lambda: object[int]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

class WithGetitem:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(WithGetitem[int], WithGetitem['x'])
