# subscripted collections classes for annotations: deque[int], Mapping[str, int], Callable[[int], str]
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap, UserDict
from collections.abc import Mapping, Iterable, Iterator, Callable, Sequence, MutableMapping


def total(xs: Iterable[int], table: Mapping[str, int] = None) -> int:
    return sum(xs)


print(total([1, 2, 3]))
print(deque[int], OrderedDict[str, int], Counter[str], defaultdict[str, list], ChainMap[str, int], UserDict[str, int])
print(Mapping[str, int], Iterable[int], Iterator[float], Sequence[deque])
print(Callable[[int, str], bool], Callable[..., None], Mapping[str, 'Forward'])
a = deque[int]([1, 2])
print(a, type(a).__name__, deque[int].__origin__ is deque, deque[int].__args__, Mapping[str, int].__args__)
print(deque[int] == deque[int], deque[int] == deque[str], Counter[str]("aab"))


class Registry(Mapping[str, int]):
    def __init__(self):
        self.d = {'a': 1}

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


r = Registry()
print(r['a'], dict(r), isinstance(r, Mapping), Registry.__mro__[1].__name__)
