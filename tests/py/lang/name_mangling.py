# name mangling of __private identifiers inside class bodies (CPython's rules)
class Account:
    __count = 0                      # stored as _Account__count

    def __init__(self, owner, balance):
        self.__owner = owner         # attribute _Account__owner
        self.__balance = balance
        Account.__count += 1

    def __secret(self):              # method _Account__secret
        return f"{self.__owner} has {self.__balance}"

    def reveal(self):
        return self.__secret()

    @classmethod
    def count(cls):
        return cls.__count

    def dunder_untouched(self):
        return self.__class__.__name__, self.__dict__ is not None

a = Account("ann", 10)
Account("bob", 5)
print(a.reveal(), Account.count())
print(sorted(k for k in vars(a)))
print(sorted(k for k in vars(Account) if "Account" in k))
print(a._Account__balance, a.dunder_untouched())
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)

# subclasses get their own private names
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner, 0)
        self.__balance = "savings"   # _Savings__balance: a different attribute
    def both(self):
        return self.__balance, self._Account__balance
print(Savings("cy").both())

# leading underscores of the class name are stripped; all-underscore class names don't mangle
class _Hidden:
    def f(self):
        self.__x = 1
        return sorted(vars(self))
print(_Hidden().f())
class ___:
    def f(self):
        self.__x = 1
        return sorted(vars(self))
print(___().f())

# names ending in __ and dotted imports are not mangled; globals, parameters, nested functions are
__g = "module global"
class Scope:
    def read_global(self):
        try:
            return __g               # looks up _Scope__g
        except NameError as e:
            return f"NameError: {e}"
    def params(self, __p, *, __k=2):
        return __p, __k
    def nested(self):
        __local = 5
        def inner():
            return __local
        return inner(), [__v for __v in range(2)], (lambda __q: __q)(3)
    def names(self):
        return self.params(_Scope__p=7)
s = Scope()
print(s.read_global())
_Scope__g = "mangled global"
print(s.read_global())
print(s.params(1), s.params(1, _Scope__k=9), s.nested(), s.names())
print(Scope.params.__kwdefaults__)

# nested classes use the innermost class name
class Outer:
    class __Inner:
        def f(self):
            self.__y = 1
            return sorted(vars(self))
    def make(self):
        return self.__Inner().f()
print(Outer().make(), hasattr(Outer, "_Outer__Inner"))

# getattr/setattr with strings are never mangled
class Dyn:
    def set(self):
        setattr(self, "__raw", 1)
        self.__cooked = 2
        return sorted(vars(self))
print(Dyn().set())
# class-level annotations use mangled keys
class Ann:
    __a: int
    b: str
print(Ann.__annotations__)
