# Globals rebound, deleted and shadowing builtins between calls of the same function (lookup caching)
def show():
    return len([1, 2, 3]), counter

counter = 1
print(show())
counter = 2
print(show())
def len(x):
    return "shadowed"
print(show())
del len
print(show())
del counter
try:
    show()
except NameError as e:
    print("NameError:", e)
globals()["counter"] = 10
print(show())
for i in range(3):
    counter = i
    print(show())

# The same code object run with different globals.
code = compile("result = value * 2", "<gen>", "exec")
for v in (1, 2, 3):
    ns = {"value": v}
    exec(code, ns)
    print(ns["result"])

def reader():
    return x
for x in range(3):
    print(reader())
