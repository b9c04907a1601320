# function annotations: __annotations__ built from parameter and return annotations
def f(a: int, /, b: "str", *args: float, c: list = [], d, **kw: dict) -> bool:
    return True
print(f.__annotations__)

def g(x, y=1):
    pass
print(g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)

def h() -> None: pass
print(h.__annotations__)

# annotations are evaluated once, at definition time, in the enclosing scope
def trace(v):
    print("evaluating", v)
    return v
def k(p: trace("p-ann") = trace("p-default")) -> trace("ret"):
    pass
print(k.__annotations__)

class C:
    T = int
    def m(self, v: T) -> "C":
        return self
print(C.m.__annotations__)
print(C().m.__annotations__)

lam = lambda x: x
print(lam.__annotations__)

def outer():
    local_type = tuple
    def inner(v: local_type) -> local_type:
        return v
    return inner
print(outer().__annotations__)

import_annot = {"x": 1}
async def co(x: int) -> str:
    pass
print(co.__annotations__)
