# import statements inside functions bind local names
def use():
    import _mathutil
    from _chain_b import extra
    return _mathutil.square(6) + extra()
print(use())
try:
    print(_mathutil)
except NameError:
    print("_mathutil is not a global here")
