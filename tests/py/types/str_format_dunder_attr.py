# str.format fields reading dunder attributes ({0.__class__.__name__}) on any object
class A:
    __slots__ = ('x',)


class B:
    pass


print('{0.__class__.__name__}'.format(A()), '{.__class__.__name__}'.format(1))
print('{0.__class__.__name__}({0.__class__.__module__})'.format(B()))
print('{x.__class__.__qualname__} {y.real}'.format(x=[], y=5))
