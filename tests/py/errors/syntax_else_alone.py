# SyntaxError: 'else' with no statement before it (caret range over the keyword)
else:
    pass
