# user iterators with __iter__/__next__ and iterable classes
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(5)))
for x in Countdown(3):
    print("tick", x)

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)

b = Bag("a", "b", "c")
print(len(b), list(b), sorted(b, reverse=True))
print("b" in b, "z" in b)
print(sum(Countdown(4)))
