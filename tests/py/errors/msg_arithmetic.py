# messages of arithmetic errors caught and printed
for expr in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
             lambda: 2.5 // 0.0, lambda: divmod(5, 0), lambda: 5.0 % 0]:
    try:
        expr()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
