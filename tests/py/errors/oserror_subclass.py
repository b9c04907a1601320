# OSError(errno, strerror) picks the subclass that matches the errno, as CPython does.
import errno
for code in [errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EAGAIN,
             errno.ECHILD, errno.EPIPE, errno.ECONNABORTED, errno.ECONNREFUSED, errno.ECONNRESET, errno.EINTR,
             errno.ESRCH, errno.ETIMEDOUT, 12345]:
    e = OSError(code, 'message')
    print(code, type(e).__name__, e.errno, e.strerror, isinstance(e, OSError))
print(type(OSError(2)).__name__, type(OSError('just text')).__name__, type(OSError(2, 'x', 'file')).__name__)
print(OSError(2, 'No such file', 'name.txt'))
for cls in [BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
            ConnectionRefusedError, ConnectionResetError, InterruptedError, ProcessLookupError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
try:
    raise ConnectionResetError(errno.ECONNRESET, 'reset by peer')
except ConnectionError as e:
    print('caught', type(e).__name__, e)
