# uncaught IndexError on a string index inside a loop in a function
def nth_chars(s, idxs):
    out = []
    for i in idxs:
        out.append(s[i])
    return out

print(nth_chars("hello", [0, 4]))
print(nth_chars("hello", [0, 5]))
