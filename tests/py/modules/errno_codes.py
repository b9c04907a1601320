# errno: POSIX error numbers and the errorcode mapping; OSError.errno matches them
import errno
names = ['EPERM', 'ENOENT', 'EINTR', 'EIO', 'EBADF', 'EAGAIN', 'EWOULDBLOCK', 'ENOMEM', 'EACCES', 'EEXIST', 'ENOTDIR',
         'EISDIR', 'EINVAL', 'ENFILE', 'EMFILE', 'ENOSPC', 'EROFS', 'EPIPE', 'EDOM', 'ERANGE', 'ENAMETOOLONG', 'ENOSYS',
         'ENOTEMPTY', 'ELOOP', 'EOPNOTSUPP', 'ENOTSUP', 'EADDRINUSE', 'ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT',
         'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS', 'ENOTCONN', 'EDEADLK']
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
try:
    open('_no_such_file_here.txt')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(type(errno.errorcode).__name__, all(isinstance(k, int) for k in errno.errorcode))
