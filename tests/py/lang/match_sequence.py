# match statements: sequence patterns with and without star, nested patterns
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long: first={first} rest={rest}"
        case (a, *mid, b):
            return f"ends: {a} {mid} {b}"
    return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5, 6), range(3), "ab", b"ab", {1: 2}, 7]:
    print(repr(v), "->", seq(v))

def star_positions(x):
    match x:
        case [*_, 0]:
            return "ends with 0"
        case [0, *_]:
            return "starts with 0"
        case [_, *_, _, 9]:
            return "9 last, at least 3 items"
        case [*head, 5]:
            return f"5 last, head={head}"
        case [*everything]:
            return f"any sequence: {everything}"
    return "no"

for v in [[1, 0], [0, 1], [1, 2, 9], [1, 2, 3, 5], [7, 8], (), (1, 9)]:
    print(v, "->", star_positions(v))

def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return ("pairs", a, b, c, d)
        case [[[deep]]]:
            return ("deep", deep)
        case [1, [2, _] | [3, _]] as whole:
            return ("or inside", whole)
    return None

print(nested([(1, 2), [3, 4, 5]]))
print(nested([[["x"]]]))
print(nested([1, [3, "q"]]))
print(nested([1, [4, "q"]]))

# sequence subclasses and user classes are sequences only if they derive from list/tuple/range
class MyList(list):
    pass
class NotSeq:
    def __len__(self): return 2
    def __getitem__(self, i): return i
match MyList([1, 2]):
    case [a, b]:
        print("MyList matched", a, b)
match NotSeq():
    case [a, b]:
        print("wrong")
    case _:
        print("NotSeq is not a sequence")

# a wildcard star indexes the subject instead of unpacking it
class Loud(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
match Loud([10, 20, 30, 40]):
    case [a, *_, b]:
        print("ends", a, b)

# strings are not sequences here
match "abc":
    case [*chars]:
        print("wrong")
    case str(s):
        print("string", s)
