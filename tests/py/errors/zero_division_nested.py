# uncaught ZeroDivisionError raised three frames deep
def ratio(a, b):
    return a // b

def average(values):
    return ratio(sum(values), len(values))

def report(data):
    print("reporting", len(data), "items")
    return average(data)

print(report([1, 2, 3]))
print(report([]))
