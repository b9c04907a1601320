# Conway's Game of Life on an unbounded board: sets of live cells, generators for neighbours, pattern
# detection (still lifes, oscillators, spaceships) by remembering normalised shapes.
from collections import Counter


def neighbours(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield x + dx, y + dy


def step(live):
    counts = Counter(n for cell in live for n in neighbours(cell))
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def normalise(live):
    if not live:
        return frozenset(), (0, 0)
    mx = min(x for x, _ in live)
    my = min(y for _, y in live)
    return frozenset((x - mx, y - my) for x, y in live), (mx, my)


def render(live):
    if not live:
        return ["(empty)"]
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return ["".join("#" if (x, y) in live else "." for x in range(min(xs), max(xs) + 1))
            for y in range(min(ys), max(ys) + 1)]


def parse(picture):
    return {(x, y) for y, row in enumerate(picture.strip().splitlines()) for x, ch in enumerate(row.strip()) if ch == "#"}


def classify(live, limit=40):
    seen = {}
    for generation in range(limit):
        shape, origin = normalise(live)
        if shape in seen:
            first, first_origin = seen[shape]
            period = generation - first
            dx, dy = origin[0] - first_origin[0], origin[1] - first_origin[1]
            if not shape:
                return f"dies out after {generation} generations"
            if (dx, dy) != (0, 0):
                return f"spaceship: period {period}, moves ({dx}, {dy})"
            return "still life" if period == 1 else f"oscillator: period {period} (from generation {first})"
        seen[shape] = generation, origin
        live = step(live)
    return f"no repeat within {limit} generations ({len(live)} cells)"


patterns = {
    "block": "##\n##",
    "blinker": "###",
    "toad": ".###\n###.",
    "glider": ".#.\n..#\n###",
    "beehive": ".##.\n#..#\n.##.",
    "diehard": "......#.\n##......\n.#...###",
    "r-pentomino": ".##\n##.\n.#.",
    "lwss": ".#..#\n#....\n#...#\n####.",
}
for name, picture in patterns.items():
    live = parse(picture)
    print(f"{name:12} {len(live):2} cells: {classify(live)}")

live = parse(patterns["glider"])
for generation in range(4):
    print(f"generation {generation}:")
    for row in render(live):
        print("   ", row)
    live = step(live)
history = [len(live := step(live) if i else parse(patterns["r-pentomino"])) for i in range(60)]
print("r-pentomino population:", history[:20], "...", max(history), "at most")
