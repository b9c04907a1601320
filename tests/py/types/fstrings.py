# f-strings with expressions, format specs and conversions
x = 3.14159
name = "pyco"
n = 42
print(f"{name} {n}")
print(f"{x:.2f} {n:>5} {n:<5}| {name:^10}|")
print(f"{name!r} {n * 2} {n // 5}")
print(f"{[i * i for i in range(4)]}")
print(f"{'nested'} {n:05d} {x:8.3f}")
print(f"{{braces}} {n}")
d = {"k": "v"}
print(f"{d['k']} {len(d)}")
print(f"{1 + 2}")
print(f"{True} {None} {-0.5}")
print(f"{'日本':>4}|")
