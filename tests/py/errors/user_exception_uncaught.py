# uncaught user-defined exception with a message, raised in a method
class InsufficientFunds(Exception):
    pass

class Wallet:
    def __init__(self, amount):
        self.amount = amount

    def spend(self, n):
        if n > self.amount:
            raise InsufficientFunds("need " + str(n) + ", have " + str(self.amount))
        self.amount -= n

w = Wallet(10)
w.spend(4)
print("left", w.amount)
w.spend(20)
