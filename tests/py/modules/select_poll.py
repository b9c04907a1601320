# select: poll objects (register/modify/unregister/poll with timeouts) and select() on files and stdin (/dev/null)
import os
import select
import sys
import time

print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
print(select.error is OSError, type(select.poll()))
name = '_tmp_select.txt'
with open(name, 'w') as w:
    w.write('data\n')
f = open(name)
fd = f.fileno()
p = select.poll()
p.register(sys.stdin)               # stdin is /dev/null here: readable (at its end) at once
print(p.poll(0))
p.register(f, select.POLLIN)
print(sorted((x == fd, ev) for x, ev in p.poll(5)))
p.unregister(0)
p.modify(f, select.POLLOUT)         # a file opened for reading still polls as writable
print([(x == fd, ev) for x, ev in p.poll()])
p.register(fd, select.POLLIN | select.POLLOUT)
print([(x == fd, ev) for x, ev in p.poll(None)])
p.unregister(f)
t0 = time.monotonic()
print(p.poll(20), time.monotonic() - t0 >= 0.02)
for call, args in ((p.unregister, (f,)), (p.modify, (fd, 1)), (p.register, (-1,)), (p.register, ('x',))):
    try:
        call(*args)
    except (KeyError, OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e if not isinstance(e, KeyError) else e.args[0] == fd)

r, w, x = select.select([f, sys.stdin], [f], [f], 0)
print(r == [f, sys.stdin], w == [f], x)
t0 = time.monotonic()
print(select.select([], [], [], 0.02), time.monotonic() - t0 >= 0.02)
for bad in (-1, 'x'):
    try:
        select.select([], [], [], bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
f.close()
q = select.poll()
q.register(fd)                     # closed: POLLNVAL
print(q.poll(0) == [(fd, select.POLLNVAL)])
try:
    select.select([fd], [], [], 0)
except OSError as e:
    print('OSError', e.errno)
os.remove(name)
