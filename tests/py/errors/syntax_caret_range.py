# SyntaxError with a range of carets: a missing comma between arguments
print(1 2)
