# len() of every container type and user __len__
class L:
    def __len__(self):
        return 42
print(len("abc"), len("日本"), len(b"ab"), len([1, 2]), len((1,)))
print(len({"a": 1}), len({1, 2, 3}), len(range(0, 10, 3)), len(L()))
print(len(""), len([]), len({}), len(set()))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
