# if / elif / else branches, including nested ifs
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    else:
        return "large"

for v in [-5, 0, 3, 4, 10, 99]:
    print(v, classify(v))

x = 7
if x:
    print("truthy int")
if not []:
    print("empty list is falsy")
if "":
    print("never")
else:
    print("empty str is falsy")
