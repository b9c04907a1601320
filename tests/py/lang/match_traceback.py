# match statements: an uncaught error raised while matching a class pattern (traceback line numbers)
class P:
    __match_args__ = ("x",)

def check(v):
    match v:
        case int():
            return "int"
        case P(1,
               2):
            return "two"
    return "none"

print(check(3))
print(check(P()))
