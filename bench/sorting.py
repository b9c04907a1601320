# Sorting and comprehensions: list.sort and sorted with keys, reverse and tuples; list, dict, set and nested
# comprehensions; min/max with keys; a hand-written merge sort for comparison.
import sys


def lcg_values(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1664525 + 1013904223) & 0xFFFFFFFF
        out.append(x >> 8)
    return out


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def main(n):
    values = lcg_values(n, 12345)
    a = sorted(values)
    b = merge_sort(values)
    print("sorted", a == b, a[0], a[n // 2], a[-1])

    pairs = [(v % 100, v) for v in values]
    pairs.sort(key=lambda p: (p[0], -p[1]))
    print("pairs", pairs[0], pairs[-1])

    words = ["w%d" % (v % 5000) for v in values]
    uniq = sorted(sorted(set(words)), key=len, reverse=True)
    print("words", len(uniq), uniq[:3], sorted(words)[n // 3])

    buckets = {k: [v for v in values[:2000] if v % 10 == k] for k in range(10)}
    print("buckets", [len(buckets[k]) for k in range(10)])
    squares = {v % 1000: v * v % 9973 for v in values}
    print("dict", len(squares), sum(squares.values()))
    grid = [[(r * c) % 7 for c in range(60)] for r in range(60)]
    print("grid", sum(sum(row) for row in grid), max(grid, key=sum)[:5])
    print("minmax", min(values, key=lambda v: v % 9999), max(values, key=lambda v: -v))
    rev = sorted(values, reverse=True)
    print("reverse", rev[:3] == a[-3:][::-1])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 150000)
