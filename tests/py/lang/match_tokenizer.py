# a small tokenizer and evaluator written with match statements (a realistic program)
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " " | "\t":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")":
                tokens.append(("op", ch))
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
            case _ if ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case _:
                raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens

def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("end", None)
    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        match advance():
            case ("num", n):
                return ("num", n)
            case ("name", n):
                return ("var", n)
            case ("op", "("):
                e = expr()
                advance()
                return e
            case ("op", "-"):
                return ("neg", atom())
            case tok:
                raise SyntaxError(f"unexpected {tok}")
    def term():
        left = atom()
        while peek() in (("op", "*"), ("op", "/")):
            op = advance()[1]
            left = ("bin", op, left, atom())
        return left
    def expr():
        left = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = advance()[1]
            left = ("bin", op, left, term())
        return left
    return expr()

def evaluate(node, env):
    match node:
        case ("num", value):
            return value
        case ("var", name) if name in env:
            return env[name]
        case ("var", name):
            raise NameError(name)
        case ("neg", inner):
            return -evaluate(inner, env)
        case ("bin", "+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case ("bin", "-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case ("bin", "*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case ("bin", "/", l, r):
            return evaluate(l, env) // evaluate(r, env)

env = {"x": 10, "y": 3}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x / y - -4", "x * (y + 1) - 7", "z + 1", "2 $ 3"]:
    try:
        toks = tokenize(src)
        tree = parse(toks)
        print(src, "=", evaluate(tree, env))
    except (SyntaxError, NameError) as e:
        print(src, "error:", type(e).__name__, e)
print(tokenize("ab1 + 22"))
