# match statements: compile-time errors (message, line and column as CPython reports them)
sources = [
    "match 1:\n case x: pass\n case 2: pass",
    "match 1:\n case _: pass\n case 2: pass",
    "match 1:\n case [*a, *b]: pass",
    "match 1:\n case x | 1: pass",
    "match 1:\n case (1|x) as y: pass\n case 2: pass",
    "match 1:\n case x as y: pass\n case 2: pass",
    "match 1:\n case [x, x]: pass",
    "match 1:\n case 1 | x: pass",
    "match 1:\n case [a] | [b]: pass",
    "match 1:\n case {1: a, 1: b}: pass",
    "match 1:\n case {'k': a, 'k': b}: pass",
    "match 1:\n case {-1: a, -1: b}: pass",
    "match 1:\n case C(a=1, a=2): pass",
    "match 1:\n case [*_, *_]: pass",
    "match 1:\n case x if x: pass\n case y: pass\n case z: pass",
    "match 1:\n case {'a': x, **x}: pass",
    "match 1:\n case [x, (1 | x)]: pass",
    "match 1:\n case (a, b) | (b, a): pass\n case (p, q) | (q,): pass",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset})")

# these are fine
ok = [
    "match 1:\n case x if x: pass\n case _: pass",
    "match 1:\n case [x, *_] | [*_, x]: pass",
    "match 1:\n case (a, b) | (b, a): pass",
]
for src in ok:
    compile(src, "<test>", "exec")
    print("ok")
