"""select: waiting until file descriptors are ready — poll objects and select() — over the port's poll call
(_select._poll). Descriptors are ints or objects with a fileno() method; 0 is the console's input."""
from _select import _poll

POLLIN = 0x1
POLLPRI = 0x2
POLLOUT = 0x4
POLLERR = 0x8
POLLHUP = 0x10
POLLNVAL = 0x20
POLLRDNORM = 0x40
POLLRDBAND = 0x80
POLLWRNORM = 0x100
POLLWRBAND = 0x200
error = OSError


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            fileno = obj.fileno
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() method.') from None
        fd = fileno()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError(f'file descriptor cannot be a negative integer ({fd})')
    return fd


def _milliseconds(timeout):
    # None or negative: no limit; otherwise rounded up, as CPython does.
    if timeout is None:
        return -1
    if not isinstance(timeout, (int, float)):
        raise TypeError(f"'{type(timeout).__name__}' object cannot be interpreted as an integer")
    ms = timeout * 1000 if isinstance(timeout, float) else timeout
    whole = int(ms)
    return whole + 1 if ms > whole else whole


class poll:
    __module__ = 'select'

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None):
        return _poll(list(self._fds.items()), _milliseconds(timeout))


def select(rlist, wlist, xlist, timeout=None):
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
        timeout = timeout * 1000
        ms = int(timeout) + (timeout > int(timeout))
    else:
        ms = -1
    lists = [[(obj, _fileno(obj)) for obj in seq] for seq in (rlist, wlist, xlist)]
    masks = {}
    for (objs, bit) in zip(lists, (POLLIN, POLLOUT, POLLPRI)):
        for _, fd in objs:
            masks[fd] = masks.get(fd, 0) | bit
    ready = dict(_poll(list(masks.items()), ms))
    if any(ev & POLLNVAL for ev in ready.values()):
        raise OSError(9, 'Bad file descriptor')
    return ([o for o, fd in lists[0] if ready.get(fd, 0) & (POLLIN | POLLHUP | POLLERR)],
            [o for o, fd in lists[1] if ready.get(fd, 0) & (POLLOUT | POLLERR)],
            [o for o, fd in lists[2] if ready.get(fd, 0) & POLLPRI])
