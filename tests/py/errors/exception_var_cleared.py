# the `as` name is unbound after the except block ends
try:
    raise ValueError("v")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError:
    print("err is no longer bound")
e = "keep"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError:
    print("e was unbound too")
