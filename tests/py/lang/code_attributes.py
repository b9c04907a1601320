def f(a, b=1, /, c=2, *d, e, **g):
    x = 1
    def inner():
        return x
    return inner
co = f.__code__
for n in ['co_name','co_argcount','co_posonlyargcount','co_kwonlyargcount','co_varnames','co_firstlineno','co_flags','co_nlocals','co_qualname','co_freevars','co_cellvars']:
    print(n, getattr(co, n))
inner = f(1, e=2)
print(inner.__code__.co_freevars, inner.__code__.co_qualname, inner.__code__.co_flags)
def gen(): yield
async def coro(): pass
async def agen(): yield
print(gen.__code__.co_flags & 0x20, coro.__code__.co_flags & 0x80, agen.__code__.co_flags & 0x200)
class K:
    def m(self): pass
print(K.m.__code__.co_qualname, K.m.__code__.co_flags)
