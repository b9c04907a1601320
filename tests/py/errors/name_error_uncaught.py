# uncaught NameError for a name with no close match
def compute():
    return qqzzx_undefined_value * 2

print("start")
print(compute())
