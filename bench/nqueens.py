# Backtracking search: counts N-queens solutions with a recursive solver over column/diagonal sets,
# and enumerates the first solutions as permutations built by a generator.
import sys


def count_solutions(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            total += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return total

    return place(0)


def solutions(n, prefix=()):
    row = len(prefix)
    if row == n:
        yield prefix
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(prefix)):
            yield from solutions(n, prefix + (c,))


def main(n):
    for k in range(4, n + 1):
        print(k, count_solutions(k))
    first = []
    for s in solutions(n):
        first.append(s)
        if len(first) == 3:
            break
    print(first)
    print(sum(1 for _ in solutions(n - 1)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 11)
