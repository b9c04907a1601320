# local vs global scope, shadowing, UnboundLocalError
x = "global"

def read():
    return x

def shadow():
    x = "local"
    return x

def broken():
    try:
        print(x)
        x = 1
    except UnboundLocalError:
        print("UnboundLocalError caught")

print(read(), shadow(), x)
broken()

def outer():
    y = 1
    def inner():
        return y + 1
    y = 10
    return inner()
print(outer())
for i in range(2):
    loopvar = i
print(i, loopvar)
