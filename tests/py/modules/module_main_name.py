# __name__ is "__main__" for the script and the module name for imports
import _counter_mod
print(__name__)
print(_counter_mod.__name__)
if __name__ == "__main__":
    print("running as main")
