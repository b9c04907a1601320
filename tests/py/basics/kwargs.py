# **kwargs collection and call-site dict unpacking
def show(**kw):
    for k in kw:
        print(k, "=", kw[k])
    return len(kw)

print(show(a=1, b=2))
print(show())

def mix(a, *args, **kwargs):
    print(a, args, kwargs)

mix(1)
mix(1, 2, 3)
mix(1, 2, x=5, y=6)

opts = {"sep": "-", "end": "!\n"}
print("a", "b", **opts)

def point(x, y):
    return "(" + str(x) + ", " + str(y) + ")"
print(point(**{"y": 2, "x": 1}))
