# helper module (not a test): prints when loaded, holds mutable state
print("loading _counter_mod, __name__ =", __name__)
count = 0
items = []

def increment():
    global count
    count += 1
    return count
