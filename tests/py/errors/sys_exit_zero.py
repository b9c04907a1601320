# sys.exit(0) and sys.exit() from inside a function exit cleanly
import sys
def main():
    print("main running")
    sys.exit(0)
    print("not reached")
try:
    main()
finally:
    print("finally runs on exit")
