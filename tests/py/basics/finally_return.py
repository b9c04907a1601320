# return inside finally overrides the try's return and swallows exceptions
def a():
    try:
        return 1
    finally:
        return 2

def b():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def c():
    x = 10
    try:
        return x
    finally:
        x = 20
        print("x set to", x)

print(a())
print(b())
print(c())

def d():
    for i in range(5):
        try:
            continue
        finally:
            if i == 3:
                return i
print(d())
