# default argument values, keyword arguments, mutable default gotcha
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

def append_to(x, lst=[]):
    lst.append(x)
    return lst

print(append_to(1))
print(append_to(2))
print(append_to(3, []))

def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1), f(1, 5), f(1, c=9), f(a=4, b=0, c=0))
