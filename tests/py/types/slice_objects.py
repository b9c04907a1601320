# slice objects: creation, attributes, use in subscripts
s = slice(1, 5)
print(s, s.start, s.stop, s.step)
lst = list(range(10))
print(lst[s], lst[slice(None, None, -1)], lst[slice(2, None, 3)])
print("abcdef"[slice(3)])
print(slice(None).start, slice(1, 2, 3).step)
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1:2], r[::3], r[1:2, 3])
print(slice(1, 2) == slice(1, 2))
