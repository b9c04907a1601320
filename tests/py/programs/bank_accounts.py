# bank account class hierarchy with custom exceptions and transaction log
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__("needed %d, available %d" % (needed, available))
        self.needed = needed

class Account:
    count = 0
    def __init__(self, owner, balance=0):
        Account.count += 1
        self.number = Account.count
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise BankError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.log.append(("withdraw", amount))

    def __str__(self):
        return "#%d %s: %d" % (self.number, self.owner, self.balance)

class Savings(Account):
    def __init__(self, owner, balance=0, rate=5):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest)
        return interest

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(amount, self.balance + self.overdraft)
        self.balance -= amount
        self.log.append(("withdraw", amount))

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

accounts = [Savings("ann", 1000), Checking("bob", 50), Account("cy")]
ops = [(0, 1, 200), (1, 2, 300), (2, 0, 1000), (1, 0, 10), (0, 2, 0)]
for s, d, amt in ops:
    try:
        transfer(accounts[s], accounts[d], amt)
        print("ok", amt, accounts[s].owner, "->", accounts[d].owner)
    except InsufficientFunds as e:
        print("insufficient:", e, "| needed", e.needed)
    except BankError as e:
        print("bank error:", e)
print(accounts[0].add_interest())
for a in accounts:
    print(a, a.log)
print("total", sum(a.balance for a in accounts), "accounts", Account.count)
