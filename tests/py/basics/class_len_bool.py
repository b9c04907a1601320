# __len__ and __bool__ affecting truthiness
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

print(len(Box([1, 2])), bool(Box([])), bool(Box([0])))
if not Box([]):
    print("empty box is falsy")
print(bool(Flag(True)), bool(Flag(False)))
print("yes" if Flag(True) else "no", "yes" if Flag(False) else "no")
class Nothing:
    pass
print(bool(Nothing()))
print([x.on for x in [Flag(True), Flag(False)] if x])
