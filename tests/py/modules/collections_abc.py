# collections.abc: isinstance/issubclass via structural checks and registration; Mapping/Sequence mixins
from collections import abc, deque, OrderedDict, Counter, ChainMap
from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Callable,
                             Hashable, Sized, Container, Collection, Set, MutableSet, Generator, Reversible)


def gen():
    yield 1


class WithIter:
    def __iter__(self):
        return iter(())


class Unhashable:
    __hash__ = None


values = [[], (), {}, 'a', b'b', 1, 1.5, None, set(), frozenset(), range(3), iter([]), gen(), len, print,
          WithIter(), Unhashable(), deque(), OrderedDict(), Counter(), ChainMap(), lambda: 0, int]
for cls in (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Callable, Hashable, Sized,
            Container, Collection, Set, MutableSet, Generator, Reversible):
    print(cls.__name__.ljust(16), ''.join('X' if isinstance(v, cls) else '.' for v in values))
print(issubclass(dict, Mapping), issubclass(list, Sequence), issubclass(str, MutableSequence), issubclass(int, Hashable))
print(abc.Mapping, abc.Sequence.__module__, issubclass(MutableMapping, Mapping))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return [10, 20, 30][i]


print(isinstance(Seq(), Sequence))
Sequence.register(Seq)
print(isinstance(Seq(), Sequence), issubclass(Seq, Reversible))


class Store(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


s = Store()
s['a'] = 1
s.update({'b': 2}, c=3)
print(len(s), s.get('a'), s.get('z', 0), 'b' in s, list(s.keys()), list(s.items()), list(s.values()))
print(s.pop('a'), s.setdefault('d', 4), s.popitem(), s == {'c': 3, 'd': 4}, dict(s))
s.clear()
print(len(s), isinstance(s, Mapping), isinstance(s, dict))


class Tup(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


t = Tup(1, 2, 3, 2)
print(list(t), 2 in t, 5 in t, list(reversed(t)), t.index(2), t.count(2))
try:
    t.index(9)
except ValueError:
    print('ValueError')
try:
    Store.__abstractmethods__, MutableMapping()
except TypeError as e:
    print(e)


class Half(Mapping):
    def __getitem__(self, k):
        return k


try:
    Half()
except TypeError as e:
    print(e)
