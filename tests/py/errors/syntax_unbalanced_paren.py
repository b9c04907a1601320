# SyntaxError: an opening parenthesis is never closed
print("this never prints")
values = [1, 2, 3]
total = sum(values
print(total)
