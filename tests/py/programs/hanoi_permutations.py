# recursion: towers of hanoi, permutations, subsets, n-queens
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
for m in moves:
    print("move disk %d from %s to %s" % m)
moves = []
hanoi(10, "A", "C", "B", moves)
print(len(moves), moves[511])

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(["".join(p) for p in permutations(list("abc"))])

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def queens(n, row=0, cols=()):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            count += queens(n, row + 1, cols + (c,))
    return count
print([queens(n) for n in range(1, 8)])
