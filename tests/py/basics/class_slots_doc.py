# a '__doc__' slot is allowed in a class without a docstring (and __doc__ defaults to None after the slots)
class Field:
    __slots__ = ('index', '__doc__')

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc


f = Field(1, 'the first')
print(f.__doc__, f.index, type(Field.__dict__['__doc__']).__name__)


class Plain:
    __slots__ = ('a',)


print(Plain.__doc__, Plain().__doc__)
try:
    class Bad:
        "doc"
        __slots__ = ('__doc__',)
except ValueError as e:
    print(e)
