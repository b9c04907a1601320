# global statement reading and rebinding module-level names
counter = 0
name = "start"

def bump():
    global counter
    counter += 1

def rename(n):
    global name
    name = n

def read_only():
    return counter * 10

bump(); bump(); bump()
print(counter)
rename("changed")
print(name)
print(read_only())

def make_global():
    global created
    created = "I exist"
make_global()
print(created)
