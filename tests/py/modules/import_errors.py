# importing a missing module or name raises ImportError subclasses
try:
    import qqzz_no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import qqzz_other_missing
except ImportError as e:
    print("caught as ImportError:", type(e).__name__)
try:
    from _mathutil import qqzz_nothing_here
except ImportError as e:
    print("from-import failed:", type(e).__name__)
print(issubclass(ModuleNotFoundError, ImportError))
