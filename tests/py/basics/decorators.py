# simple function decorators, stacked decorators, decorators with args
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper()
    return wrapper

def exclaim(f):
    def wrapper(*args):
        return f(*args) + "!"
    return wrapper

@shout
def hello(name):
    return "hello " + name

@exclaim
@shout
def bye(name):
    return "bye " + name

print(hello("world"))
print(bye("bob"))

def repeat(n):
    def deco(f):
        def wrapper(x):
            for _ in range(n):
                x = f(x)
            return x
        return wrapper
    return deco

@repeat(3)
def inc(x):
    return x + 1
print(inc(10))

calls = []
def log(f):
    def wrapper(*args):
        calls.append(f.__name__)
        return f(*args)
    return wrapper

@log
def square(x):
    return x * x
print(square(4), square(5), calls)
