# sys.argv (without the script name), sys.path is a list, version_info
import sys
print(sys.argv[1:])
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print(sys.version_info >= (3,), sys.version_info[0] >= 3)
print(isinstance(sys.implementation.name, str))
