# module objects: type name, __name__, attribute access
import sys
import gc
print(type(sys).__name__, sys.__name__, gc.__name__)
print(__name__)
print(hasattr(sys, "argv"), hasattr(sys, "no_such_attr"))
m = sys
print(m is sys)
