# more builtins: min/max key+default, sum start, divmod, 3-arg pow, hex/oct/bin, round, iter sentinel, exec/eval
print(max([3, -7, 5], key=abs), min("b", "A", "c", key=str.lower), max([], key=abs, default="none"))
print(min((2, "x"), (1, "y"), key=lambda t: t[1]), max("abc", "b", key=len))
for bad in ["max()", "max([])", "min(1, 2, default=0)", "max([1], x=1)", "min(5)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3], 10), sum([0.5, 0.25], 1), sum([[1], [2]], []), sum(range(101)), sum([True, True, 3]))
print(sum([2**62, 2**62, 2**62]), sum([1, 2.5, 3]), sum(x / 10 for x in range(10)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-0.5, 1))
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3), pow(2, -2), pow(-8, 1, 5))
print(hex(255), hex(-31), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**70), hex(True))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(7), round(1.5, None))
print(round(0.1 + 0.2, 1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
it = iter([1])
print(next(it), next(it, "default"), next(it, None))
def gen():
    yield 1
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
g = {"a": 1}
exec("b = a + 1\nc = b * 2", g)
print(g["b"], g["c"], "__builtins__" in g)
l = {}
exec("x = 5", {}, l)
print(l)
print(eval("a * 10", g), eval(" 1 + 2"), eval("x + y", {"x": 1}, {"y": 2}))
code = compile("z = 7", "<test>", "exec")
ns = {}
exec(code, ns)
print(ns["z"], eval(compile("3 * 4", "<test>", "eval")))
print(isinstance(1, (str, (float, int))), isinstance("s", (int, float)), isinstance(True, int))
print(issubclass(bool, (str, int)), issubclass(int, ()), isinstance([], ()))
try:
    isinstance(1, (int, 1))
    isinstance(1, (str, 1))
except TypeError as e:
    print("TypeError:", e)
print(ascii("café ☕ 𝄞"), ascii([1, "é"]), format(255, "x"), format(3.14159, ".2f"), format("hi"))
print(callable(len), callable(1), callable(Counter), callable(Counter()))
print(getattr(1, "real"), getattr(1, "nope", "dflt"), hasattr("", "upper"), hasattr("", "nope"))
