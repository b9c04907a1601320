# subclassing a class imported from a helper module
from _shapes import Shape, Rect
import _shapes

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

for s in [Shape("blob"), Rect(2, 3), Square(4)]:
    print(s.describe())
print(isinstance(Square(1), _shapes.Shape), issubclass(Square, Rect))
