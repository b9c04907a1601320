# int() from strings with bases, whitespace and signs
print(int("123"), int("-42"), int("  7  "), int("+5"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2))
print(int("0x1f", 16), int("-ff", 16), int(" 101 ", 2))
print(int(3.99), int(-3.99), int(True))
print(int("99999999999999999999999"))
for bad in ["abc", "", "1.5", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
