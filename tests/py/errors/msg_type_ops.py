# messages of TypeError from operators on incompatible types
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * 2.5,
    lambda: 1 < "a",
    lambda: [] > 0,
    lambda: -"x",
    lambda: None + 1,
    lambda: {} - {},
    lambda: 3 % [1],
]
for f in cases:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
