# None: identity, truthiness, default return, repr
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None == 0, None == False)
print(bool(None), not None)
def f():
    return
print(f())
x = [None, 1, None]
print(x.count(None), x.index(None))
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d)
print([v for v in [0, None, "", 3] if v is not None])
