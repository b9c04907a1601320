# Object-oriented constraint solver: sudoku by constraint propagation (Board/Unit classes, candidate bitmasks)
# and depth-first search on the cell with the fewest candidates.
import sys

PUZZLES = [
    "..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
]

ALL = 0x1FF
BIT_COUNT = [bin(m).count("1") for m in range(512)]
DIGIT_OF = {1 << d: d + 1 for d in range(9)}


class Unit:
    """A row, column or box: nine cell indexes whose digits must all differ."""

    def __init__(self, kind, cells):
        self.kind = kind
        self.cells = cells


class Geometry:
    def __init__(self):
        self.units = []
        for r in range(9):
            self.units.append(Unit("row", [r * 9 + c for c in range(9)]))
        for c in range(9):
            self.units.append(Unit("col", [r * 9 + c for r in range(9)]))
        for br in range(3):
            for bc in range(3):
                cells = [(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)]
                self.units.append(Unit("box", cells))
        self.units_of = [[u for u in self.units if i in u.cells] for i in range(81)]
        self.peers_of = []
        for i in range(81):
            peers = set()
            for u in self.units_of[i]:
                peers.update(u.cells)
            peers.discard(i)
            self.peers_of.append(sorted(peers))


class Contradiction(Exception):
    pass


class Board:
    def __init__(self, geometry, cells=None):
        self.geo = geometry
        self.cells = cells if cells is not None else [ALL] * 81
        self.steps = 0

    def copy(self):
        b = Board(self.geo, self.cells[:])
        b.steps = self.steps
        return b

    def assign(self, i, bit):
        others = self.cells[i] & ~bit
        d = 1
        while others:
            if others & d:
                self.eliminate(i, d)
                others &= ~d
            d <<= 1

    def eliminate(self, i, bit):
        cells = self.cells
        if not cells[i] & bit:
            return
        self.steps += 1
        left = cells[i] & ~bit
        if left == 0:
            raise Contradiction()
        cells[i] = left
        if BIT_COUNT[left] == 1:
            for p in self.geo.peers_of[i]:
                self.eliminate(p, left)
        for unit in self.geo.units_of[i]:
            places = [j for j in unit.cells if cells[j] & bit]
            if not places:
                raise Contradiction()
            if len(places) == 1 and cells[places[0]] != bit:
                self.assign(places[0], bit)

    def solved(self):
        return all(BIT_COUNT[m] == 1 for m in self.cells)

    def best_cell(self):
        best = -1
        best_count = 10
        for i, m in enumerate(self.cells):
            n = BIT_COUNT[m]
            if 1 < n < best_count:
                best = i
                best_count = n
        return best

    def text(self):
        return "".join(str(DIGIT_OF[m]) for m in self.cells)


class Solver:
    def __init__(self):
        self.geo = Geometry()
        self.nodes = 0

    def parse(self, puzzle):
        board = Board(self.geo)
        for i, ch in enumerate(puzzle):
            if ch in "123456789":
                board.assign(i, 1 << (int(ch) - 1))
        return board

    def search(self, board):
        self.nodes += 1
        if board.solved():
            return board
        i = board.best_cell()
        m = board.cells[i]
        bit = 1
        while bit <= m:
            if m & bit:
                trial = board.copy()
                try:
                    trial.assign(i, bit)
                    result = self.search(trial)
                    if result is not None:
                        return result
                except Contradiction:
                    pass
            bit <<= 1
        return None

    def solve(self, puzzle):
        return self.search(self.parse(puzzle))


def main(count):
    solver = Solver()
    checksum = 0
    steps = 0
    for k in range(count):
        board = solver.solve(PUZZLES[k % len(PUZZLES)])
        text = board.text()
        checksum = (checksum * 7 + int(text[:9]) + int(text[-9:])) % 1000000007
        steps += board.steps
        if k < len(PUZZLES):
            print(text)
    print("solved", count, "nodes", solver.nodes, "steps", steps, "checksum", checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 80)
