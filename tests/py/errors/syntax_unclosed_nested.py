# SyntaxError: a bracket opened in an indented block is never closed (caret under the bracket)
def f(x):
    if x:
        return (x,
                x + 1
    return x
