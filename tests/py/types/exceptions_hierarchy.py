# built-in exception hierarchy via isinstance/issubclass and except clauses
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(ArithmeticError, Exception))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, Exception), issubclass(StopIteration, Exception))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(FileNotFoundError, OSError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(AssertionError, Exception))
for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z"), TypeError("t")]:
    try:
        raise exc
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
    except Exception as e:
        print("Exception caught", type(e).__name__)
print(isinstance(ValueError("x"), Exception), isinstance(ValueError, type))
