# match statements: literal, singleton, capture, wildcard, value (dotted) patterns, guards, or/as patterns
class Color:
    RED = 1
    GREEN = 2

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1+2j:
            return "complex"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "unreachable: RED == 1 matched above"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case _:
            return "other"

for v in [0, 1, 3, -1, 2.5, 1+2j, "hi", b"raw", None, True, False, 1.0, 500, 50, "abcdef", "ab", [1]]:
    print(repr(v), "->", describe(v))

def color_name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "unknown"

print(color_name(1), color_name(2), color_name(3))

# bindings happen only when the pattern matches; a failed guard keeps them
x = "unset"
match (1, 2):
    case (x, 3):
        pass
    case _:
        pass
print("x after failed case:", x)
match 5:
    case y if y > 10:
        print("no")
    case _:
        print("y bound by failed guard:", y)

# the subject is evaluated once
def subject():
    print("evaluating subject")
    return 42
match subject():
    case 1: print("one")
    case 42: print("forty-two")

# no case matches: nothing happens
match 7:
    case 1:
        print("one")
print("done")

# match in a loop with break/continue and return in cases
def first_even(items):
    for i in items:
        match i % 2:
            case 1:
                continue
            case 0:
                return i
    return None
print(first_even([1, 3, 8, 5]), first_even([1]))

# soft keywords still work as names
match = [1, 2]
case = 3
print(match, case)
_ = 4
print(_)
