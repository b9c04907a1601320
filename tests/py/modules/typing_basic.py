# typing: aliases and special forms (reprs, __origin__/__args__), TypeVar, Generic, Protocol, TypedDict, helpers
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Type, Callable, Iterable, Iterator,
                    Generator, Sequence, Mapping, MutableMapping, Awaitable, Coroutine, AsyncIterator, TypeVar,
                    Generic, Protocol, runtime_checkable, TypedDict, Literal, Final, ClassVar, Annotated, cast,
                    overload, no_type_check, TYPE_CHECKING, get_type_hints, NewType, get_origin, get_args)

T = TypeVar('T')
K = TypeVar('K', bound=int)
V_co = TypeVar('V_co', covariant=True)
print(T, K, V_co, T.__name__, K.__bound__, TYPE_CHECKING)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int], Union[int, None, str])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Set[T], FrozenSet[int], Type[int])
print(Callable[[int, str], bool], Callable[..., int], Literal[1, 'a'], Final[int], ClassVar[int])
print(Annotated[int, 'meta'], Any, Optional, Union, List, Callable, Dict)
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[T], Mapping[str, int])
print(MutableMapping[str, Any], Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[bytes])
print(List[int].__origin__, List[int].__args__, Union[int, str].__args__, Dict[str, T][int])
print(Optional[int] == Union[None, int], List[int] == List[int], List[int] == List[str])
print(Optional[Union[int, str]], Union[int, List[str]], Optional[List[int]], Union[Union[int, str], float])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(int))
print(isinstance([], List), isinstance({}, Dict), isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))
for bad in (lambda: isinstance([], List[int]), lambda: isinstance(1, Any)):
    try:
        bad()
    except TypeError as e:
        print(e)


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


s = Stack[int]()
s.push(1)
print(Stack[int], Stack.__parameters__, type(s).__name__, s.items)


class Pair(Generic[K, T]):
    pass


print(Pair[int, str], Pair.__parameters__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        pass


class NotProto(Protocol):
    def run(self): ...


print(isinstance(Resource(), Closable), isinstance(1, Closable), issubclass(Resource, Closable))
for bad in (lambda: Closable(), lambda: isinstance(1, NotProto)):
    try:
        bad()
    except TypeError as e:
        print(e)


class Movie(TypedDict):
    name: str
    year: int


class Partial(TypedDict, total=False):
    note: str


m = Movie(name='Blade Runner', year=1982)
print(m, type(m), sorted(Movie.__required_keys__), Movie.__total__, sorted(Partial.__optional_keys__))
UserId = NewType('UserId', int)
print(UserId(5), cast(int, 'x'), cast(List[int], None))


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


@no_type_check
def g(a: 'whatever') -> 'nothing':
    return a


print(f(3), g(1), g.__no_type_check__)


def h(a: int, b: 'str' = 'x', c: Optional[int] = None) -> List[int]:
    return []


class Base:
    x: int
    y: 'List[str]'


class Derived(Base):
    z: Annotated[float, 'unit']


print(get_type_hints(h))
print(get_type_hints(Derived), get_type_hints(Derived, include_extras=True)['z'])


class MyList(List[int]):
    pass


@runtime_checkable
class HasX(Protocol):
    x: int


class WithX:
    x = 1


class Impl(HasX):
    def __init__(self):
        self.x = 2


print(MyList.__mro__, MyList([1, 2]), isinstance(WithX(), HasX), isinstance(3, HasX), Impl().x,
      isinstance(Impl(), HasX))
try:
    issubclass(WithX, HasX)
except TypeError as e:
    print(e)


class G(Generic[T]):
    def get(self) -> T: ...


class H(G[int]):
    pass


print(H.__parameters__, H.__orig_bases__, G[T], G[int] == G[int], Union[int, str] == Union[str, int])
for bad in (lambda: G[int, str], lambda: Generic[int]):
    try:
        bad()
    except TypeError as e:
        print(e)
