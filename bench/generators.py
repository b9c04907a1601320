# Generators and closures: generator pipelines (map/filter stages, yield from, send), generator expressions,
# closures with nonlocal counters, lambdas and function factories.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def only_odd(it):
    for x in it:
        if x & 1:
            yield x


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(lists):
    for part in lists:
        yield from part


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count
    return tick


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def main(n):
    total = sum(flatten(chunks(only_odd(squares(numbers(n))), 7)))
    print("pipeline", total)

    avg = running_average()
    next(avg)
    last = 0
    for x in numbers(n // 2):
        last = avg.send(x % 1000)
    print("average", last)

    counters = [make_counter(k) for k in range(1, 6)]
    acc = 0
    for i in range(n // 2):
        acc += counters[i % 5]()
    print("counters", acc, [c() for c in counters])

    f = compose(lambda x: x + 1, lambda x: x * 3, lambda x: x - 2)
    print("compose", sum(f(i) for i in range(n // 2)))

    gen_total = sum(x % 7 for x in range(n) if x % 3)
    print("genexpr", gen_total, max((x * 13) % 101 for x in range(n)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 800000)
