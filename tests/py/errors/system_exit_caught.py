# SystemExit can be caught; its code attribute holds the argument
import sys
for arg in [0, 2, "msg"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
print(isinstance(SystemExit(1), Exception), isinstance(SystemExit(1), BaseException))
