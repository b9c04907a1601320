# uncaught user exception without arguments and a bare raised class
class Halt(Exception):
    pass

def stop():
    raise Halt

print("stopping")
stop()
