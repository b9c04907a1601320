# sys: version_info/flags/implementation as named structures, platform values, limits, exceptions, intern, streams
# sys.print_exception is MicroPython's; under python3 (which makes the expected output) the test defines it with
# traceback.print_exception, which prints the same text. Caret lines are dropped (they differ by design).
import io
import sys

print(type(sys.version_info), sys.version_info[:2] >= (3, 11), sys.version_info.major, sys.version_info.minor)
print(sys.version_info.releaselevel, sys.version_info >= (3, 11, 0), len(sys.version_info))
print(isinstance(sys.version, str), sys.version.startswith('3.11.'), sys.hexversion >> 16 == 0x30B)
impl = sys.implementation
print(isinstance(impl.name, str), impl.name == impl.name.lower(), impl.version.major >= 0, hasattr(impl, 'cache_tag'))
print(repr(sys.implementation).startswith('namespace(name='))
print(type(sys.flags), sys.flags.optimize, sys.flags.debug, isinstance(sys.flags.dev_mode, bool), len(sys.flags))
print(sys.platform, sys.byteorder, sys.maxsize == 2 ** 63 - 1, sys.maxsize.bit_length())
print(type(sys.argv), type(sys.path), sys.modules['sys'] is sys, 'io' in sys.modules)
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t, v is e, tb is e.__traceback__, sys.exception() is e)
print(sys.exception())
s = sys.intern('hello ' + str(42))
print(s is sys.intern('hello 42'), s)
try:
    sys.intern(1)
except TypeError as e:
    print(e)
try:
    sys.exit(3)
except SystemExit as e:
    print('exit code', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('exit code', e.code)
sys.stdout.write('written\n')
sys.stdout.flush()
sys.stdout.buffer.write(b'binary\n')
sys.stdout.buffer.flush()
print(sys.stdin.readline() == '', sys.stdin.buffer.read() == b'')   # stdin is /dev/null in tests
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

if not hasattr(sys, 'print_exception'):
    import traceback

    def print_exception(exc, file=sys.stdout):
        traceback.print_exception(exc, file=file)
    sys.print_exception = print_exception


def fail():
    raise ValueError('boom')


try:
    fail()
except ValueError as e:
    out = io.StringIO()
    sys.print_exception(e, out)
    sys.print_exception(e, file=out)
    text = [line.replace(__file__, 'FILE') for line in out.getvalue().splitlines() if line.strip(' ^~')]
    print('\n'.join(text))
