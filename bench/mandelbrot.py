# Float arithmetic: escape-time Mandelbrot set over a grid; counts points inside and sums iterations.
import sys


def escape_count(cr, ci, limit):
    zr = zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def main(size):
    limit = 50
    inside = 0
    total = 0
    rows = []
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        row_bits = 0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            n = escape_count(cr, ci, limit)
            total += n
            row_bits = (row_bits * 2 + (1 if n == limit else 0)) % 1000003
            if n == limit:
                inside += 1
        rows.append(row_bits)
    print("size", size, "inside", inside, "iterations", total)
    print("rows", sum(rows) % 1000003)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
