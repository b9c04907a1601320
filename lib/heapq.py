"""Heap queue algorithm (a.k.a. priority queue): min-heaps kept in plain lists, heap[0] the smallest."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _check(name, heap):
    if not isinstance(heap, list):
        raise TypeError(name + ("() argument must be list, not " if name == 'heapify' else
                                "() argument 1 must be list, not ") + type(heap).__name__)


def _siftdown(heap, startpos, pos):
    # Moves heap[pos] up towards the root until its parent is not greater.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Moves the smaller child up until a leaf is reached, then sifts the item down from there (fewer
    # comparisons than stopping early; the same order as CPython's heapq).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check('heappush', heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check('heappop', heap)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check('heapreplace', heap)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check('heapify', x)
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (stable: ties come in input order)."""
    heads = []
    for it in iterables:
        it = iter(it)
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if (heads[best][0] < heads[i][0]) if reverse else (heads[i][0] < heads[best][0]):
                best = i
        head = heads[best]
        yield head[1]
        for value in head[2]:
            head[0] = value if key is None else key(value)
            head[1] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset: sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset: sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key, reverse=True)[:n]
