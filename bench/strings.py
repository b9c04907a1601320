# String building and formatting: f-strings with format specs, %-formatting, str.format, join, replace,
# split, find, slicing, upper/lower, startswith, a CSV-like table built and parsed back, and a string grown
# one character at a time with += (linear in CPython thanks to its in-place resize).
import sys


def make_rows(n):
    rows = []
    for i in range(n):
        name = f"item{i:05d}"
        price = (i * 37 % 1000) / 8
        qty = i % 17
        tag = ("red", "green", "blue", "amber")[i % 4]
        rows.append((name, price, qty, tag))
    return rows


def render(rows):
    parts = []
    for name, price, qty, tag in rows:
        parts.append(f"{name},{price:.2f},{qty:>3},{tag.upper()}")
    return "\n".join(parts)


def parse(text):
    total = 0.0
    qty_total = 0
    tags = {}
    for line in text.split("\n"):
        name, price, qty, tag = line.split(",")
        total += float(price)
        qty_total += int(qty)
        tags[tag] = tags.get(tag, 0) + 1
    return total, qty_total, tags


def report(rows):
    lines = []
    for i, (name, price, qty, tag) in enumerate(rows):
        if i % 3 == 0:
            lines.append("%-10s|%8.3f|%4d|%s" % (name, price, qty, tag))
        elif i % 3 == 1:
            lines.append("{:<10}|{:>8.3f}|{:4d}|{}".format(name, price, qty, tag))
        else:
            lines.append(name.ljust(10) + "|" + str(round(price, 3)).rjust(8) + "|" + str(qty).rjust(4) + "|" + tag)
    return lines


def transform(lines):
    count = 0
    length = 0
    for line in lines:
        s = line.replace("|", " ; ").replace("item", "I-")
        if s.startswith("I-0"):
            count += 1
        pos = s.find("green")
        if pos >= 0:
            s = s[:pos] + s[pos:].title()
        words = s.split(" ; ")
        length += len(words[0].strip()) + len(s.lower()) + s.count("0")
    return count, length


def builder(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 50 == 49:
            s += "\n"
    return len(s), s.count("\n"), s[-30:].strip()


def main(n):
    rows = make_rows(n)
    text = render(rows)
    total, qty_total, tags = parse(text)
    print("csv", len(text), f"{total:.2f}", qty_total, sorted(tags.items()))
    lines = report(rows)
    print("report", sum(len(x) for x in lines), lines[0], lines[1], lines[2], sep="\n")
    print("transform", transform(lines))
    print("builder", builder(n // 4))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120000)
