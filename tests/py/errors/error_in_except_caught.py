# exception raised while handling another is catchable; __context__ is set
try:
    try:
        {}["a"]
    except KeyError:
        [][0]
except IndexError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
