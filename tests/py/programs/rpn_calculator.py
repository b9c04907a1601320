# stack-based (RPN) calculator plus an infix-to-RPN converter (shunting-yard)
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

def tokenize(s):
    tokens = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in PREC or ch in "()":
            tokens.append(ch)
        elif not ch.isspace():
            raise ValueError("bad character " + repr(ch))
    if num:
        tokens.append(num)
    return tokens

def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t.isdigit():
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while (ops and ops[-1] != "(" and
                   (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != "^"))):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        out.append(ops.pop())
    return out

def eval_rpn(tokens):
    stack = []
    for t in tokens:
        if t.isdigit():
            stack.append(int(t))
            continue
        b = stack.pop()
        a = stack.pop()
        if t == "+": stack.append(a + b)
        elif t == "-": stack.append(a - b)
        elif t == "*": stack.append(a * b)
        elif t == "/": stack.append(a // b)
        elif t == "%": stack.append(a % b)
        elif t == "^": stack.append(a ** b)
    if len(stack) != 1:
        raise ValueError("malformed expression")
    return stack[0]

for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 7 % 4", "2 ^ 100 - 1",
             "((15 / (7 - (1 + 1))) * 3) - (2 + (1 + 1))", "7 / 0", "3 + x", "1 2"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(expr, "=>", " ".join(rpn), "=", eval_rpn(rpn))
    except ZeroDivisionError as e:
        print(expr, "=> error:", e)
    except ValueError as e:
        print(expr, "=> error:", e)
