# uncaught AttributeError on a user object inside a method
class Account:
    def __init__(self):
        self.balance = 0

    def report(self):
        return self.owner_name_field

a = Account()
print(a.balance)
print(a.report())
