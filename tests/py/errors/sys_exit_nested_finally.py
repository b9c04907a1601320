# sys.exit with code propagates through finally blocks in nested calls
import sys
def inner():
    try:
        sys.exit(7)
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
