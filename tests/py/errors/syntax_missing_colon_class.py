# SyntaxError: missing colons after while, class and with (one file each would stop at the first: this is the class case)
class A
    pass
