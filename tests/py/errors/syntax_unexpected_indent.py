# IndentationError: unexpected indent (no caret: it points into the indentation)
x = 1
    y = 2
