# tuple: hash values match CPython, slicing, comparisons, count/index, repeat, constructor
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((0, True, -1, 2**70, -2**40)))
print(hash((1, 2)) == hash((1.0, 2)), hash((0,)) == hash((False,)))
t = tuple(range(10))
k = 'a'
print(t[2:8:2], t[::-1], t[-3:], t[:0], t[100:])
print((1,) * 3, 2 * (1, 2), (1, 2) * 0, () * 5, (1,) * -1)
print((1, 2) + (3,), () + ())
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) >= (1, 5), (1, 2) == (1, 2.0), (1,) != (1,))
print((1, 2, 1, 1).count(1), (1, 2, 3, 2).index(2), (1, 2, 3, 2).index(2, 2), (0, 1).index(1, -1))
for bad in ("(1, 2).index(3)", "(1,)[5]", "(1,)[k]", "(1,) + [2]", "(1,) * 'x'", "tuple(1, 2)", "tuple(5)"):
    try:
        eval(bad)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
a = (1, 2)
print(tuple(a) is a, tuple([1, 2]), tuple("ab"), tuple({3: 4}), tuple())
print(repr((1,)), repr(()), repr(((),)), str(("a", None)))
nan = float("nan")
print((nan,) == (nan,), [nan] == [nan])
class T(tuple):
    pass
x = T([1, 2])
print(x, type(x).__name__, len(x), x + (3,), type(x + (3,)).__name__)
print({(1, 2): "a", (1, 2.0): "b"})
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max((1, 2), (1, 3)), min([(0, 5), (0, 1)]))
