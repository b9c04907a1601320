# sys.exit('message') prints the message to stderr and exits with 1
import sys
def fail(reason):
    print("failing")
    sys.exit("fatal: " + reason)
fail("config missing")
