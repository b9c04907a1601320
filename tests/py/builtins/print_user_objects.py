# print() calls __str__, falls back to __repr__; containers use repr
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
class R:
    def __repr__(self):
        return "R-repr"
print(S(), R())
print([S(), R()], (S(),), {"k": S()})
print(str(S()), repr(S()), str(R()))
print("%s %r" % (S(), S()))
print(f"{S()} {S()!r} {R()}")
