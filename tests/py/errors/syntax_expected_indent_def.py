# IndentationError: expected an indented block (a single caret although the range covers the statement)
def f():
return 1
