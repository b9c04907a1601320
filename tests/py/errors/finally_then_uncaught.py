# finally blocks run before an uncaught exception terminates the program
def work():
    try:
        print("working")
        raise RuntimeError("disk on fire")
    finally:
        print("cleanup in work")

try:
    work()
finally:
    print("cleanup at top")
