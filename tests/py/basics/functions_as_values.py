# functions as first-class values: stored, passed, returned
def double(x):
    return x * 2

def inc(x):
    return x + 1

def compose(f, g):
    return lambda x: f(g(x))

def apply_all(funcs, v):
    return [f(v) for f in funcs]

print(apply_all([double, inc, compose(double, inc)], 5))
table = {"d": double, "i": inc}
print(table["d"](21))
f = double
print(f is double, f(4), f.__name__)
print(callable(f), callable(5))
print(list(map(inc, [1, 2, 3])))
pipeline = [inc, inc, double]
v = 1
for step in pipeline:
    v = step(v)
print(v)
