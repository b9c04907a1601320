# __getitem__, __setitem__, __len__, __contains__ on user classes
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

print(list(Squares()))
print(Squares()[3])

class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [0] * (w * h)
    def __getitem__(self, pos):
        r, c = pos
        return self.cells[r * self.w + c]
    def __setitem__(self, pos, val):
        r, c = pos
        self.cells[r * self.w + c] = val
    def __len__(self):
        return len(self.cells)
    def __contains__(self, v):
        return v in self.cells

g = Grid(3, 2)
g[1, 2] = 7
g[0, 0] = 1
print(g[1, 2], g[0, 1], len(g), 7 in g, 8 in g)
print(g.cells)
