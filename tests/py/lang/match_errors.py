# match statements: run-time errors of class and mapping patterns
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["x"]

class NotStr:
    __match_args__ = (1,)

class Two:
    __match_args__ = ("a", "a")
    a = 1

tests = [
    lambda: NoArgs(),
    lambda: BadArgs(),
    lambda: NotStr(),
    lambda: Two(),
]

def try_match(subject, which):
    try:
        match subject:
            case NoArgs(1) if which == 0:
                print("no")
            case BadArgs(1) if which == 1:
                print("no")
            case NotStr(1) if which == 2:
                print("no")
            case Two(a, b) if which == 3:
                print("no")
            case Two(1, a=1) if which == 4:
                print("no")
            case int(1, 2) if which == 5:
                print("no")
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

try_match(NoArgs(), 0)
try_match(BadArgs(), 1)
try_match(NotStr(), 2)
try_match(Two(), 3)
try_match(Two(), 4)
try_match(5, 5)

class Key:
    a = "k"
    b = "k"
try:
    match {"k": 1}:
        case {Key.a: 1, Key.b: 2}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

not_a_class = len
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)
