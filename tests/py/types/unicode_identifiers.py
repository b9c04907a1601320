# Identifiers in source: XID_Start / XID_Continue, and CPython's errors for other characters. (Names that NFKC
# normalisation changes, such as 'ℌ' or 'ǅ', are left out: pyco does not normalise identifiers; README.)
for src in ['٣x = 1', 'x٣ = 1', '€ = 1', 'a€ = 1', 'x\u200b = 1', '\u0301x = 1', 'ab·c = 2', '゛ = 1',
            'x\U0001F600 = 1', 'a\u05c7 = 0', '\u2118 = 1', '\u212e = 1', '\u1885 = 1']:
    try:
        ns = {}
        exec(src, ns)
        print('ok', sorted(k for k in ns if k != '__builtins__'))
    except SyntaxError as e:
        print(e.msg)
