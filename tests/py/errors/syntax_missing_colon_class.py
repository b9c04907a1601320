# SyntaxError: a class header without its colon
class A
    pass
