# A tokenizer, a recursive-descent parser and an evaluator for a small expression language with variables,
# functions and error reporting: the kind of program a student writes in a compilers course.
import math


class ParseError(Exception):
    def __init__(self, message, position):
        super().__init__(f"{message} at column {position}")
        self.position = position


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r}, {self.pos})"


def tokenize(source):
    tokens = []
    i = 0
    while i < len(source):
        c = source[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(source) and source[i + 1].isdigit()):
            start = i
            while i < len(source) and (source[i].isdigit() or source[i] == "."):
                i += 1
            tokens.append(Token("num", source[start:i], start))
        elif c.isalpha() or c == "_":
            start = i
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            tokens.append(Token("name", source[start:i], start))
        elif source.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif c in "+-*/%(),=":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r}", i)
    tokens.append(Token("end", "", len(source)))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    @property
    def current(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.current
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r}, found {tok.text or 'end of input'!r}", tok.pos)
        self.i += 1
        return tok

    def statement(self):
        if self.current.kind == "name" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            node = ("assign", name, self.expression())
        else:
            node = self.expression()
        if self.current.kind != "end":
            raise ParseError(f"unexpected {self.current.text!r}", self.current.pos)
        return node

    def expression(self):
        node = self.term()
        while self.current.text in ("+", "-"):
            op = self.take().text
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.current.text in ("*", "/", "%"):
            op = self.take().text
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.current.text == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.current.text == "**":
            self.take()
            return ("**", base, self.unary())
        return base

    def atom(self):
        tok = self.current
        match tok.kind, tok.text:
            case "num", text:
                self.take()
                return ("num", float(text) if "." in text else int(text))
            case "name", name if self.tokens[self.i + 1].text == "(":
                self.take()
                self.take("(")
                args = []
                if self.current.text != ")":
                    args.append(self.expression())
                    while self.current.text == ",":
                        self.take()
                        args.append(self.expression())
                self.take(")")
                return ("call", name, args)
            case "name", name:
                self.take()
                return ("var", name)
            case "op", "(":
                self.take()
                node = self.expression()
                self.take(")")
                return node
            case _:
                raise ParseError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)


FUNCTIONS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise NameError(f"undefined variable {node[1]!r}") from None
    if kind == "assign":
        env[node[1]] = value = evaluate(node[2], env)
        return value
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        fn = FUNCTIONS.get(node[1])
        if fn is None:
            raise NameError(f"unknown function {node[1]!r}")
        return fn(*[evaluate(a, env) for a in node[2]])
    left, right = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": lambda: left + right, "-": lambda: left - right, "*": lambda: left * right,
            "/": lambda: left / right, "%": lambda: left % right, "**": lambda: left ** right}[kind]()


def show(node):
    if node[0] == "num":
        return repr(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] == "neg":
        return f"(-{show(node[1])})"
    if node[0] == "assign":
        return f"{node[1]} = {show(node[2])}"
    if node[0] == "call":
        return f"{node[1]}({', '.join(show(a) for a in node[2])})"
    return f"({show(node[1])} {node[0]} {show(node[2])})"


env = {"pi": math.pi}
session = [
    "1 + 2 * 3",
    "x = (1 + 2) * 3",
    "x ** 2 - -x",
    "2 ** 3 ** 2",
    "y = sqrt(x) + max(1, 2, x / 2)",
    "round(pi * y, 3)",
    "10 % 4 + 7 / 2",
    "2 ** 100 + 1",
    "z + 1",
    "1 / (x - 9)",
    "3 $ 4",
    "(1 + 2",
    "foo(1)",
    "max()",
    "1 2",
]
for line in session:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<32} {show(tree):<40} => {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{line:<32} syntax error: {e} (position {e.position})")
    except (NameError, ZeroDivisionError, TypeError, ValueError) as e:
        print(f"{line:<32} {type(e).__name__}: {e}")
print(sorted((k, round(v, 4)) for k, v in env.items()))
