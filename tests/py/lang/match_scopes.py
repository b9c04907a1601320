# match statements in functions, class bodies, generators, closures and nested matches; locals() stays clean
def f(cmd):
    match cmd.split():
        case ["go", direction]:
            match direction:
                case "north" | "south" as d:
                    return f"vertical {d}"
                case d:
                    return f"horizontal {d}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["look"]:
            return "looking"
        case _:
            return f"unknown {cmd!r}"

for c in ["go north", "go east", "take lamp key", "take", "look", "dance wildly"]:
    print(f(c))

def show_locals(v):
    match v:
        case [a, b]:
            pass
    return sorted(locals())
print(show_locals([1, 2]))

class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            pass
print(Config.debug, Config.level)

def gen(items):
    for item in items:
        match item:
            case (k, v):
                yield f"{k}={v}"
            case str(s):
                yield s
print(list(gen([("a", 1), "plain", ("b", 2)])))

def outer(subject):
    def inner():
        match subject:
            case [x, *_]:
                return lambda: x
        return None
    return inner()
print(outer([5, 6])())

# walrus in a guard
match [1, 2, 3]:
    case [*xs] if (total := sum(xs)) > 5:
        print("total", total)

# module-level captures
match (1, (2, 3)):
    case (a, (b, c)):
        print(a + b + c)
print(sorted(k for k in globals() if not k.startswith("__")))
