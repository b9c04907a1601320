# reversed() on lists, strings, ranges, tuples and user sequences
print(list(reversed([1, 2, 3])))
print("".join(reversed("hello")))
print(list(reversed(range(5))), tuple(reversed((1, 2))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
r = reversed([1, 2])
print(next(r), next(r))
for x in reversed("xy"):
    print(x)
