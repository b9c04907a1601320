# uncaught exception raised from __init__ via super().__init__
class Base:
    def __init__(self, size):
        if size < 0:
            raise ValueError("size must be non-negative, got " + str(size))
        self.size = size

class Derived(Base):
    def __init__(self, size):
        super().__init__(size)

print(Derived(3).size)
Derived(-1)
