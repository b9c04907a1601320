# lambda expressions, immediate calls, lambdas in data structures
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda: "no args")())

ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for k in ["+", "-", "*"]:
    print(k, ops[k](6, 3))

words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=lambda w: len(w)))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 3 == 0, range(10))))

make_adder = lambda n: lambda x: x + n
print(make_adder(5)(10))
