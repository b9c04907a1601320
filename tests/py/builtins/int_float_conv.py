# int() and float() constructors from various types
print(int(), float(), int(7.9), int(-7.9), int("  -12  "))
print(float(3), float("2.5"), float(" -1e-3 "), float("inf"), float(True))
print(int(float("1e10")), type(int("5")).__name__)
print(int("10", 2), int("Ab", 16))
for bad in ["1.2.3", "abc", ""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
