# list(), tuple(), dict(), set() constructors from iterables
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(tuple(), tuple([1, 2]), tuple("hi"))
print(dict(), dict([(1, "a"), (2, "b")]), dict(x=1, y=2), dict({"k": "v"}, z=0))
print(set(), set([3, 1, 3]), sorted(set("hello")))
print(list(x * 2 for x in range(3)), tuple(map(str, [1, 2])))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b)
print(dict(zip(["a", "b"], [1, 2])))
