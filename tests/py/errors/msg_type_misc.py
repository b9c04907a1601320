# messages of TypeError for subscripting, iterating, calling, hashing, len
nothing = None
five = 5
text = "abc"
cases = [
    lambda: nothing[0],
    lambda: five[0],
    lambda: [x for x in five],
    lambda: five(),
    lambda: text(),
    lambda: len(five),
    lambda: {[1]: 2},
    lambda: {1, [2]},
]
for f in cases:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
def assign_str():
    s = "abc"
    s[0] = "x"
def assign_tuple():
    t = (1,)
    t[0] = 2
for f in [assign_str, assign_tuple]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
