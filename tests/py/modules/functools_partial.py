# functools.partial: application, attributes, flattening, repr (function reprs trimmed of addresses)
from functools import partial, partialmethod


def f(a, b=1, *, c=2):
    return (a, b, c)


def show(p):
    return repr(p).replace(' at 0x', '@').split('@')[0]


p = partial(f, 1, c=3)
print(show(p), p.func is f, p.args, p.keywords, p(), p(5), p(c=9), p(b=7, c=8))
p2 = partial(p, 5, d=4)
print(p2.func is f, p2.args, p2.keywords)
print(partial(len), partial(len)('abc'), partial(max, 3, key=abs), partial(int, base=2)('101'))
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__, basetwo.keywords)
p3 = partial(basetwo, '111')
print(p3.func is int, p3.args, p3(), p3.keywords)
print(partial(partial(partial(pow, 2), 3))(), partial(sorted, key=len)(['ccc', 'a', 'bb']))
for bad in (lambda: partial(1), lambda: partial(), lambda: partial(None), lambda: partial(f)(),
            lambda: partial(f, 1, 2, 3)()):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


class MyPartial(partial):
    pass


print(show(MyPartial(len, 'ab')), MyPartial(len, 'ab')(), type(MyPartial(len)).__name__)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
