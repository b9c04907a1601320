"""The virtual board: `pyco --device DIR` (boot.py, main.py, soft resets), its filesystem confined to DIR, the
machine module's pins, and the board's REPL on a pseudo-terminal (`--serial PATH`).

Run as: python3 tests/device/test_device.py /path/to/pyco
CPython has no such board, so the expectations come from MicroPython's documentation of a board's behaviour:
the start-up sequence and soft reset (docs/reference/reset_boot.rst: boot.py, then main.py, then the REPL; a
soft reset from the raw REPL skips main.py; the "MPY: soft reboot" line), the raw REPL protocol
(docs/reference/repl.rst), os.ilistdir's (name, type, inode, size) tuples with type 0x4000/0x8000, os.statvfs's
10-tuple and os.uname's fields (docs/library/os.rst), and machine.Pin (docs/library/machine.Pin.rst, the rp2
port's constants). Where pyco chooses (confinement errors, the pin trace format) the README documents it.
"""
import errno
import os
import pty
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
import unittest

PYCO = None
BANNER_RE = rb'pyco \d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; virtual board with [A-Za-z0-9_]+\r\nType "help\(\)" for more information\.\r\n'
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n"


def env():
    e = dict(os.environ)
    e.pop("PYCOPATH", None)
    return e


class Board(unittest.TestCase):
    """A fresh device directory per test; the board driven through a pipe (a serial line's conventions)."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.outside = os.path.join(self.tmp.name, "outside.txt")
        with open(self.outside, "w") as f:
            f.write("secret")
        self.dir = os.path.join(self.tmp.name, "dev")
        os.mkdir(self.dir)

    def tearDown(self):
        self.tmp.cleanup()

    def put(self, name, text):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def board(self, data, *options, timeout=120):
        """Runs the board on the bytes `data` (then end of input); returns (stdout, exit status, stderr)."""
        p = subprocess.run([PYCO, "--device", self.dir, *options], input=data, capture_output=True,
                           timeout=timeout, env=env())
        return p.stdout, p.returncode, p.stderr

    def lines(self, code):
        """Runs each line of `code` at the friendly REPL; returns the output after the banner, as text."""
        out, rc, err = self.board(code.encode().replace(b"\n", b"\r"))
        self.assertEqual(rc, 0, err)
        m = re.search(BANNER_RE, out)
        self.assertTrue(m, out)
        return out[m.end():].decode().replace("\r\n", "\n")

    def results(self, *exprs, setup=""):
        """The repr of each expression as the board prints it (after the statements in `setup`)."""
        out = self.lines(setup + "".join("print(repr(%s))\n" % e for e in exprs))
        return [line for line in out.split("\n") if line and not line.startswith(">>> ")]


class Boot(Board):
    def test_boot_then_main_then_repl(self):
        self.put("boot.py", "print('boot')\norder = ['boot']\n")
        self.put("main.py", "print('main')\norder.append('main')\n")
        out, rc, _ = self.board(b"order\r")
        self.assertEqual(rc, 0)
        self.assertTrue(re.match(rb"boot\r\nmain\r\n" + BANNER_RE + rb">>> order\r\n\['boot', 'main'\]\r\n>>> \r\n$",
                                 out), out)

    def test_no_boot_files(self):
        out, rc, _ = self.board(b"1+1\r")
        self.assertTrue(re.match(BANNER_RE + rb">>> 1\+1\r\n2\r\n>>> \r\n$", out), out)
        self.assertEqual(rc, 0)

    def test_errors_in_main_print_a_traceback_and_continue(self):
        self.put("boot.py", "x = 1\n")
        self.put("main.py", "print('before')\n1/0\n")
        out, rc, _ = self.board(b"x\r")
        self.assertIn(b'before\r\nTraceback (most recent call last):\r\n  File "main.py", line 2, in <module>\r\n', out)
        self.assertIn(b"ZeroDivisionError: division by zero\r\n", out)
        self.assertTrue(out.endswith(b">>> x\r\n1\r\n>>> \r\n"), out)
        self.assertEqual(rc, 0)

    def test_sys_path_and_lib(self):
        self.put("lib/helper.py", "NAME = 'from lib'\n")
        self.assertEqual(self.results("__import__('sys').path", "__import__('helper').NAME"),
                         ["['', '/lib']", "'from lib'"])

    def test_main_can_import_modules_next_to_it(self):
        self.put("util.py", "def twice(x): return 2 * x\n")
        self.put("main.py", "import util\nprint(util.twice(21))\n")
        out, _, _ = self.board(b"")
        self.assertTrue(out.startswith(b"42\r\n"), out)


class SoftReset(Board):
    def setUp(self):
        super().setUp()
        self.put("boot.py", "print('boot')\n")
        self.put("main.py", "print('main')\n")

    def test_ctrl_d_at_the_friendly_repl(self):
        out, rc, _ = self.board(b"y = 5\r\x04y\r")
        parts = re.split(BANNER_RE, out)
        self.assertEqual(len(parts), 3, out)
        self.assertEqual(parts[0], b"boot\r\nmain\r\n")
        # State is gone after the reset; boot.py and main.py ran again.
        self.assertEqual(parts[1], b">>> y = 5\r\n>>> \r\nMPY: soft reboot\r\nboot\r\nmain\r\n")
        self.assertIn(b"NameError: name 'y' is not defined", parts[2])
        self.assertEqual(rc, 0)

    def test_machine_soft_reset(self):
        out, _, _ = self.board(b"import machine\ry = 5\rmachine.soft_reset()\ry\r")
        self.assertIn(b">>> machine.soft_reset()\r\nMPY: soft reboot\r\nboot\r\nmain\r\n", out)
        self.assertIn(b"NameError: name 'y' is not defined", out)

    def test_sys_exit_ends_the_program_not_the_board(self):
        out, rc, _ = self.board(b"import sys\rsys.exit(3)\r1+1\r")
        self.assertTrue(out.endswith(b">>> sys.exit(3)\r\n>>> 1+1\r\n2\r\n>>> \r\n"), out)
        self.assertEqual(rc, 0)

    def test_raw_repl_ctrl_d_skips_main(self):
        # MicroPython: an empty Ctrl-D in the raw REPL prints OK, soft-reboots, runs boot.py (not main.py) and
        # re-enters the raw REPL.
        out, _, _ = self.board(b"\x01\x04")
        self.assertIn(b"\r\n" + RAW_BANNER + b">OK\r\nMPY: soft reboot\r\nboot\r\n" + RAW_BANNER + b">", out)
        self.assertNotIn(b"main", out.split(b"MPY: soft reboot")[1])

    def test_machine_soft_reset_in_raw_repl_skips_main(self):
        out, _, _ = self.board(b"\x01import machine; machine.soft_reset()\x04x=1\x04")
        self.assertIn(b">OK\x04\x04MPY: soft reboot\r\nboot\r\n" + RAW_BANNER + b">OK\x04\x04>", out)
        self.assertNotIn(b"main", out.split(b"MPY: soft reboot")[1])

    def test_machine_reset_restarts_the_whole_board(self):
        trace = os.path.join(self.tmp.name, "pins.log")
        out, _, _ = self.board(b"import machine\rmachine.reset_cause()\rmachine.Pin(3, machine.Pin.OUT, value=1)\r"
                               b"\x01import machine; machine.reset()\x04import machine\rmachine.reset_cause()\r"
                               b"machine.Pin(3)\rmachine.Pin(3).value()\r", "--trace-pins=" + trace)
        head, tail = out.split(b"MPY: soft reboot\r\n")
        self.assertIn(b">>> machine.reset_cause()\r\n1\r\n", head)
        # Back to the friendly REPL after boot.py and main.py; the reset cause is the watchdog's, as on an
        # RP2040, and pins are unconfigured inputs again.
        self.assertTrue(re.match(b"boot\r\nmain\r\n" + BANNER_RE + b">>> ", tail), tail)
        self.assertIn(b">>> machine.reset_cause()\r\n3\r\n>>> machine.Pin(3)\r\nPin(GPIO3)\r\n"
                      b">>> machine.Pin(3).value()\r\n0\r\n", tail)
        with open(trace) as f:
            self.assertEqual(f.read(), "pin 3 -> 1\n")

    def test_state_in_boot_is_fresh_after_reset(self):
        self.put("boot.py", "import sys\nsys.counter = getattr(sys, 'counter', 0) + 1\nprint('count', sys.counter)\n")
        out, _, _ = self.board(b"\x04\x04")
        self.assertEqual(out.count(b"count 1\r\n"), 3, out)


class RandomInput(Board):
    """Random bytes thrown at the board's friendly and raw REPL never crash it (the issue's requirement)."""

    def test_random_bytes_on_stdin(self):
        import random
        rng = random.Random(1234)
        self.put("boot.py", "print('boot')\n")
        for round in range(6):
            # Mostly control keys and Python-ish text, so that every REPL mode and state is visited.
            alphabet = b"\x01\x02\x03\x04\x05\r\n\t\x1b[AB()':=+*/ 0123456789abcxyzprint" + bytes(range(0x80, 0x90))
            data = bytes(rng.choice(alphabet) for _ in range(3000))
            p = subprocess.run([PYCO, "--device", self.dir], input=data, capture_output=True, timeout=120, env=env())
            self.assertEqual(p.returncode, 0, (round, p.stderr[-500:]))

    def test_random_bytes_on_the_serial_port(self):
        import random
        rng = random.Random(99)
        link = os.path.join(self.tmp.name, "tty")
        proc = subprocess.Popen([PYCO, "--device", self.dir, "--serial", link], env=env(), stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL)
        try:
            while not os.path.islink(link):
                time.sleep(0.02)
            fd = os.open(link, os.O_RDWR | os.O_NOCTTY)
            time.sleep(0.3)
            for _ in range(10):
                os.write(fd, bytes(rng.randrange(256) for _ in range(500)))
                time.sleep(0.05)
                while select.select([fd], [], [], 0)[0]:
                    os.read(fd, 65536)
            # Whatever state the garbage left, the raw REPL is reachable as a tool reaches it.
            os.write(fd, b"\x02\r\x03\x03")
            time.sleep(0.3)
            while select.select([fd], [], [], 0.1)[0]:
                os.read(fd, 65536)
            os.write(fd, b"\r\x01")
            out = Reader(fd)
            out.until(RAW_BANNER + b">")
            os.write(fd, b"print('alive')\x04")
            out.until(b"OKalive\r\n\x04\x04>")
            os.close(fd)
            self.assertIsNone(proc.poll())
        finally:
            proc.terminate()
            proc.wait(10)


class Files(Board):
    def test_paths_resolve_inside_the_root(self):
        os.makedirs(os.path.join(self.dir, "etc"))
        self.put("etc/passwd", "inside")
        self.assertEqual(self.results("open('../../etc/passwd').read()", "open('/../../etc/passwd').read()",
                                      "open('/etc/passwd').read()"),
                         ["'inside'", "'inside'", "'inside'"])

    def test_dot_dot_cannot_reach_outside(self):
        rel = os.path.relpath(self.outside, self.dir)  # ../outside.txt
        out = self.lines("open(%r)\nopen(%r)\nimport os\nos.chdir('..')\nos.chdir('..')\nos.getcwd()\n"
                         "os.listdir('..')\n" % (rel, self.outside))
        self.assertEqual(out.count("FileNotFoundError: [Errno 2]"), 2, out)
        self.assertNotIn("secret", out)
        self.assertIn(">>> os.getcwd()\n'/'\n", out)
        self.assertIn(">>> os.listdir('..')\n[]\n", out)

    def test_writes_through_dot_dot_stay_inside(self):
        self.lines("f = open('../../escaped.txt', 'w')\nf.write('x')\nf.close()\n")
        self.assertTrue(os.path.exists(os.path.join(self.dir, "escaped.txt")))
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "escaped.txt")))

    def test_symbolic_links_cannot_escape(self):
        os.symlink(self.outside, os.path.join(self.dir, "abs_out"))
        os.symlink("../outside.txt", os.path.join(self.dir, "rel_out"))
        os.symlink(self.tmp.name, os.path.join(self.dir, "dir_out"))
        os.symlink("..", os.path.join(self.dir, "up"))
        out = self.lines("open('abs_out')\nopen('rel_out')\nimport os\nos.listdir('dir_out')\n"
                         "os.listdir('up')\nopen('/up/outside.txt')\nos.chdir('up')\n")
        self.assertEqual(out.count("PermissionError: [Errno 13]"), 6, out)
        self.assertNotIn("secret", out)

    def test_symbolic_links_inside_work(self):
        self.put("lib/data.txt", "data")
        os.symlink("lib/data.txt", os.path.join(self.dir, "rel_in"))
        os.symlink(os.path.join(self.dir, "lib"), os.path.join(self.dir, "abs_in"))
        os.symlink("../lib/data.txt", os.path.join(self.dir, "lib", "self"))
        self.assertEqual(self.results("open('rel_in').read()", "open('/abs_in/data.txt').read()",
                                      "open('lib/self').read()"), ["'data'", "'data'", "'data'"])

    def test_a_write_interrupted_by_a_crash_leaves_the_old_content(self):
        # The requirement: a crash in the middle of writing a file leaves the old or the new content.
        self.put("data.txt", "old content")
        p = subprocess.Popen([PYCO, "--device", self.dir], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env())
        p.stdin.write(b"f = open('data.txt', 'w')\rf.write('new' * 100000)\rprint('written')\r")
        p.stdin.flush()
        out = Reader(p.stdout.fileno())
        out.until(b"written")
        p.kill()
        p.wait()
        p.stdin.close()
        p.stdout.close()
        with open(os.path.join(self.dir, "data.txt")) as f:
            self.assertEqual(f.read(), "old content")
        # Closed, the new content replaces the old; the temporary file is never listed.
        out = self.lines("import os\nf = open('data.txt', 'w')\nf.write('new')\nos.listdir()\nf.close()\n"
                         "open('data.txt').read()\n")
        self.assertIn(">>> os.listdir()\n['data.txt']\n", out)
        self.assertIn("'new'\n", out)
        with open(os.path.join(self.dir, "data.txt")) as f:
            self.assertEqual(f.read(), "new")

    def test_removing_a_link_removes_the_link(self):
        os.symlink(self.outside, os.path.join(self.dir, "link"))
        self.lines("import os\nos.remove('link')\n")
        self.assertFalse(os.path.lexists(os.path.join(self.dir, "link")))
        self.assertTrue(os.path.exists(self.outside))

    def test_open_modes(self):
        out = self.results(
            "(lambda f: (f.write('héllo\\n'), f.close()))(open('a.txt', 'w'))[0]", "open('a.txt').read()",
            "open('a.txt', 'rb').read()",
            "open('a.txt', 'a').write('more')", "open('a.txt').read()",
            "(lambda f: (f.read(2), f.seek(0), f.write('H'), f.seek(0), f.read()))(open('a.txt', 'r+'))",
            "open('b.bin', 'xb').write(bytes([0, 255]))", "open('b.bin', 'rb').read()",
            "(lambda f: (f.write(b'ab'), f.seek(0), f.read()))(open('c.bin', 'w+b'))")
        self.assertEqual(out, ["6", "'héllo\\n'", "b'h\\xc3\\xa9llo\\n'", "4", "'héllo\\nmore'",
                               "('hé', 0, 1, 0, 'Héllo\\nmore')", "2", "b'\\x00\\xff'", "(2, 0, b'ab')"])
        out = self.lines("open('b.bin', 'x')\n")
        self.assertIn("FileExistsError: [Errno 17]", out)

    def test_os_functions_results(self):
        self.put("f.txt", "12345")
        os.mkdir(os.path.join(self.dir, "sub"))
        script = ("import os\nprint(repr([sorted(os.listdir()), sorted(os.listdir('/')), os.mkdir('d'), os.stat('d')[0],"
                  " os.stat('f.txt')[0], os.stat('f.txt')[6], sorted(os.ilistdir()), os.chdir('d'), os.getcwd(),"
                  " (lambda f: (f.write('ab'), f.close()))(open('g', 'w'))[0], os.listdir(), os.rename('g', '/h'), os.chdir('/'),"
                  " sorted(os.listdir()), os.remove('h'), os.rmdir('d'), sorted(os.listdir()), os.sync()]))\n")
        out = self.lines(script).split("\n")[2]
        self.assertEqual(out, repr([
            ["f.txt", "sub"], ["f.txt", "sub"], None, 0x4000, 0x8000, 5,
            [("d", 0x4000, 0, 0), ("f.txt", 0x8000, 0, 5), ("sub", 0x4000, 0, 0)], None, "/d", 2, ["g"], None, None,
            ["d", "f.txt", "h", "sub"], None, None, ["f.txt", "sub"], None]))

    def test_os_errors(self):
        out = self.lines("import os\nos.rmdir('/')\nos.remove('nope')\nos.mkdir('lib')\nos.mkdir('lib')\n"
                         "os.chdir('nope')\n")
        self.assertIn("OSError: [Errno 16]", out)
        self.assertIn("FileNotFoundError: [Errno 2]", out)
        self.assertIn("FileExistsError: [Errno 17]", out)
        self.assertTrue(os.path.isdir(self.dir))

    def test_statvfs_and_uname(self):
        out = self.results("len(os.statvfs('/'))",
                           "all(isinstance(x, int) for x in os.statvfs('/'))", "os.statvfs('/')[0] > 0",
                           "os.uname().sysname", "os.uname()[0]", "len(os.uname())",
                           "os.uname().machine.startswith('virtual board with ')",
                           "repr(os.uname()).startswith(\"(sysname='pyco', nodename='pyco', release=\")", setup="import os\n")
        self.assertEqual(out, ["10", "True", "True", "'pyco'", "'pyco'", "5", "True", "True"])


class Pins(Board):
    def test_trace_of_an_output_pin(self):
        trace = os.path.join(self.tmp.name, "pins.log")
        code = ("from machine import Pin\nled = Pin(25, Pin.OUT)\nled.on()\nled.off()\nled.toggle()\nled.value(0)\n"
                "led.value(1)\nled(0)\nled.value()\nPin('LED') is led\nled\n")
        out, rc, _ = self.board(code.encode().replace(b"\n", b"\r"), "--trace-pins=" + trace)
        self.assertEqual(rc, 0)
        with open(trace) as f:
            self.assertEqual(f.read(), "pin 25 -> 0\npin 25 -> 1\npin 25 -> 0\npin 25 -> 1\npin 25 -> 0\n"
                                       "pin 25 -> 1\npin 25 -> 0\n")
        self.assertIn(b">>> led.value()\r\n0\r\n>>> Pin('LED') is led\r\nTrue\r\n>>> led\r\nPin(GPIO25, mode=OUT)\r\n",
                      out)

    def test_trace_to_stderr(self):
        out, _, err = self.board(b"import machine\rmachine.Pin(2, machine.Pin.OUT, value=1)\r", "--trace-pins")
        self.assertEqual(err, b"pin 2 -> 1\n")

    def test_inputs(self):
        inputs = os.path.join(self.tmp.name, "inputs")
        with open(inputs, "w") as f:
            f.write("14 1\n")
        # main.py waits until pin 15 goes high (the test sets it while the board runs).
        self.put("main.py", "from machine import Pin\nimport time\nb = Pin(15, Pin.IN)\n"
                            "while not b.value(): time.sleep_ms(10)\nprint('pressed')\n")
        p = subprocess.Popen([PYCO, "--device", self.dir, "--pin-input", inputs], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, env=env())
        time.sleep(0.3)
        with open(inputs, "a") as f:
            f.write("15 1\n")
        out, _ = p.communicate(b"Pin(14, Pin.IN).value(), Pin(16, Pin.IN).value(), "
                               b"Pin(17, Pin.IN, Pin.PULL_UP).value(), Pin(18, Pin.IN, Pin.PULL_DOWN).value()\r",
                               timeout=30)
        self.assertTrue(out.startswith(b"pressed\r\n"), out)
        self.assertIn(b"(1, 0, 1, 0)\r\n", out)

    def test_adc(self):
        inputs = os.path.join(self.tmp.name, "inputs")
        with open(inputs, "w") as f:
            f.write("26 40000\n27 70000\n")
        out, _, _ = self.board(b"from machine import ADC, Pin\r"
                               b"ADC(0).read_u16(), ADC(26).read_u16(), ADC(Pin(27)).read_u16(), ADC(2).read_u16()\r"
                               b"ADC(ADC.CORE_TEMP).read_u16()\rADC(5)\r", "--pin-input", inputs)
        self.assertIn(b"(40000, 40000, 65535, 0)\r\n", out)
        # 27 degrees C by the RP2040 datasheet: 27 - (V - 0.706) / 0.001721 with V = reading * 3.3 / 65535.
        self.assertIn(b"ADC(ADC.CORE_TEMP).read_u16()\r\n14020\r\n", out)
        self.assertIn(b"ValueError: invalid ADC channel", out)

    def test_machine_functions(self):
        out = self.results("machine.freq()", "type(machine.unique_id())",
                           "len(machine.unique_id())", "machine.unique_id() == machine.unique_id()",
                           "machine.reset_cause() == machine.PWRON_RESET", "machine.idle()",
                           "machine.enable_irq(machine.disable_irq())",
                           "(machine.Pin.IN, machine.Pin.OUT, machine.Pin.OPEN_DRAIN, machine.Pin.PULL_UP, "
                           "machine.Pin.PULL_DOWN)", setup="import machine\n")
        self.assertEqual(out, ["125000000", "<class 'bytes'>", "8", "True", "True", "None", "None",
                               "(0, 1, 2, 1, 2)"])
        out = self.lines("import machine\nmachine.Pin(30)\nmachine.Pin('NOPE')\nmachine.Pin(5, 7)\n")
        self.assertIn("ValueError: invalid pin", out)
        self.assertIn("ValueError: unknown named pin \"NOPE\"", out)
        self.assertIn("ValueError: invalid pin mode: 7", out)


class Reader:
    """Reads a pty with timeouts."""

    def __init__(self, fd, timeout=20):
        self.fd = fd
        self.buf = b""
        self.timeout = timeout

    def read(self, n):
        while len(self.buf) < n:
            r, _, _ = select.select([self.fd], [], [], self.timeout)
            if not r:
                raise AssertionError("timed out")
            self.buf += os.read(self.fd, 4096)
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def until(self, pattern):
        deadline = time.monotonic() + self.timeout
        while pattern not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("timed out waiting for %r; received: %r" % (pattern, self.buf[-500:]))
            r, _, _ = select.select([self.fd], [], [], left)
            if r:
                try:
                    data = os.read(self.fd, 4096)
                except OSError:
                    data = b""
                if not data:
                    raise AssertionError("end of output waiting for %r; received: %r" % (pattern, self.buf[-500:]))
                self.buf += data
        i = self.buf.index(pattern) + len(pattern)
        out, self.buf = self.buf[:i], self.buf[i:]
        return out


class Terminal(Board):
    """The board's REPL on pyco's own terminal."""

    def test_ctrl_c_interrupts_and_ctrl_d_soft_resets(self):
        self.put("boot.py", "print('boot')\n")
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(PYCO, [PYCO, "--device", self.dir], dict(env(), TERM="xterm"))
        try:
            out = Reader(fd)
            out.until(b">>> ")
            os.write(fd, b"while True: pass\r")
            time.sleep(0.3)
            os.write(fd, b"\x03")
            out.until(b"KeyboardInterrupt")
            out.until(b">>> ")
            os.write(fd, b"\x04")
            out.until(b"MPY: soft reboot\r\nboot\r\n")
            out.until(b">>> ")
            os.write(fd, b"\x1c")  # Ctrl-\ leaves the board on a terminal
            _, status = os.waitpid(pid, 0)
            pid = None
            self.assertEqual(os.waitstatus_to_exitcode(status), 0)
        finally:
            if pid:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            os.close(fd)


class SerialBoard(Board):
    """A board serving its REPL on a pseudo-terminal (--serial)."""

    def setUp(self):
        super().setUp()
        self.put("boot.py", "print('boot')\n")
        self.link = os.path.join(self.tmp.name, "ttyPYCO")
        self.proc = subprocess.Popen([PYCO, "--device", self.dir, "--serial", self.link], env=env(),
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not os.path.islink(self.link):
            self.assertLess(time.monotonic(), deadline, "no serial port appeared")
            time.sleep(0.02)
        self.fd = None

    def tearDown(self):
        if self.fd is not None:
            os.close(self.fd)
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        super().tearDown()

    def connect(self):
        if self.fd is not None:
            os.close(self.fd)
        self.fd = os.open(self.link, os.O_RDWR | os.O_NOCTTY)
        self.out = Reader(self.fd)
        time.sleep(0.3)  # the board notices the client within 100 ms

    def send(self, data):
        os.write(self.fd, data)

    def enter_raw(self):
        # As mpremote does: interrupt whatever runs, then Ctrl-A.
        self.send(b"\r\x03\x03")
        time.sleep(0.1)
        self.send(b"\r\x01")
        self.out.until(RAW_BANNER + b">")

    def raw_exec(self, code):
        self.send(code + b"\x04")
        self.out.until(b"OK")
        result = self.out.until(b"\x04>")
        stdout, _, rest = result.partition(b"\x04")
        return stdout, rest[:-2]



class Serial(SerialBoard):
    """The board's REPL on a pseudo-terminal (--serial), as a Pico's USB serial port: a client opens the port
    without configuring it (the board makes it raw) and speaks the raw REPL."""

    def test_raw_repl(self):
        self.connect()
        self.enter_raw()
        self.assertEqual(self.raw_exec(b"print(6*7)"), (b"42\r\n", b""))
        stdout, err = self.raw_exec(b"1/0")
        self.assertEqual(stdout, b"")
        self.assertTrue(err.endswith(b"ZeroDivisionError: division by zero\r\n"), err)
        # Soft reset from the raw REPL: boot.py runs, back to the raw REPL.
        self.send(b"\x04")
        self.out.until(b"OK\r\nMPY: soft reboot\r\nboot\r\n" + RAW_BANNER + b">")
        # Raw-paste mode as documented: R\x01, the window size, then the code with flow control.
        self.send(b"\x05A\x01")
        self.out.until(b"R\x01")
        self.assertGreater(int.from_bytes(self.out.read(2), "little"), 0)
        self.send(b"print('pasted')\x04")
        self.out.until(b"\x04")
        self.assertEqual(self.out.until(b"\x04>"), b"pasted\r\n\x04\x04>")
        self.send(b"\x02")
        self.out.until(b">>> ")

    def test_ctrl_c_interrupts_running_code(self):
        self.connect()
        self.enter_raw()
        self.send(b"while True: pass\x04")
        self.out.until(b"OK")
        time.sleep(0.3)
        self.send(b"\x03")
        self.assertTrue(self.out.until(b"\x04>").endswith(b"KeyboardInterrupt\r\n\x04>"))
        # And in the friendly REPL.
        self.send(b"\x02")
        self.out.until(b">>> ")
        self.send(b"while True: pass\r\r")
        time.sleep(0.3)
        self.send(b"\x03")
        self.out.until(b"KeyboardInterrupt\r\n>>> ")

    def test_reconnect_and_vanishing_client(self):
        self.connect()
        self.enter_raw()
        self.assertEqual(self.raw_exec(b"x = 5"), (b"", b""))
        # The client vanishes in the middle of a raw-paste transfer and of a raw REPL command.
        self.send(b"\x05A\x01")
        self.out.until(b"R\x01")
        self.send(b"print('never comp")
        time.sleep(0.2)
        os.close(self.fd)
        self.fd = None
        time.sleep(0.5)
        self.connect()
        self.enter_raw()
        self.assertEqual(self.raw_exec(b"print(x)"), (b"5\r\n", b""))
        self.send(b"print('half")
        time.sleep(0.2)
        os.close(self.fd)
        self.fd = None
        time.sleep(0.5)
        # Output while no client is connected is dropped; the board keeps running.
        self.connect()
        self.enter_raw()
        self.assertEqual(self.raw_exec(b"print(x + 1)"), (b"6\r\n", b""))
        self.assertIsNone(self.proc.poll())

    def test_stopping_removes_the_link(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.assertFalse(os.path.lexists(self.link))


class RemoteClient(SerialBoard):
    """`pyco remote PORT ...` (the deploy client) against the virtual board's serial port."""

    def remote(self, *args, ok=True):
        p = subprocess.run([PYCO, "remote", self.link, *args], capture_output=True, timeout=60, env=env())
        if ok:
            self.assertEqual(p.returncode, 0, p.stderr)
        return p

    def test_deploy_run_import_remove(self):
        local = os.path.join(self.tmp.name, "local")
        os.makedirs(os.path.join(local, "pkg"))
        with open(os.path.join(local, "app.py"), "w") as f:
            f.write("def greet():\n    return 'hello from app'\nprint('app loaded')\n")
        with open(os.path.join(local, "pkg", "__init__.py"), "w") as f:
            f.write("VALUE = 7\n")
        blob = bytes(range(256)) * 20
        with open(os.path.join(local, "blob.bin"), "wb") as f:
            f.write(blob)
        self.remote("cp", os.path.join(local, "app.py"), os.path.join(local, "blob.bin"), ":")
        self.remote("mkdir", ":lib", "+", "cp", "-r", os.path.join(local, "pkg"), ":lib/")
        with open(os.path.join(self.dir, "blob.bin"), "rb") as f:
            self.assertEqual(f.read(), blob)
        self.assertTrue(os.path.isfile(os.path.join(self.dir, "lib", "pkg", "__init__.py")))
        out = self.remote("ls").stdout.decode()
        self.assertEqual(out, "ls :\n          61 app.py\n        5120 blob.bin\n          14 boot.py\n"
                              "           0 lib/\n")
        out = self.remote("exec", "import app, pkg; print(app.greet(), pkg.VALUE)", "+", "eval", "6*7").stdout
        self.assertEqual(out, b"app loaded\r\nhello from app 7\r\n42\r\n")
        with open(os.path.join(local, "prog.py"), "w") as f:
            f.write("for i in range(3):\n    print('line', i)\n")
        self.assertEqual(self.remote("run", os.path.join(local, "prog.py")).stdout, b"line 0\r\nline 1\r\nline 2\r\n")
        with open(os.path.join(local, "app.py")) as f:
            self.assertEqual(self.remote("cat", ":app.py").stdout.decode(), f.read())
        back = os.path.join(self.tmp.name, "back")
        self.remote("cp", "-r", ":lib", back, "+", "cp", ":blob.bin", back + "/b.bin")
        with open(os.path.join(back, "b.bin"), "rb") as f:
            self.assertEqual(f.read(), blob)
        self.assertTrue(os.path.isfile(os.path.join(back, "pkg", "__init__.py")))
        self.remote("rm", ":app.py", "+", "rmdir", ":lib/pkg", ok=False)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "app.py")))
        self.assertTrue(os.path.exists(os.path.join(self.dir, "lib", "pkg")))  # not empty: rmdir failed

    def test_repl_terminal(self):
        # What is typed goes to the board's friendly REPL, its answers come back; Ctrl-] leaves.
        p = subprocess.Popen([PYCO, "remote", self.link, "repl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env())
        time.sleep(0.5)
        p.stdin.write(b"6*7\r")
        p.stdin.flush()
        time.sleep(0.5)
        out, err = p.communicate(b"\x1d", timeout=30)
        self.assertEqual(p.returncode, 0, err)
        self.assertIn(b">>> 6*7\r\n42\r\n>>> ", out)

    def test_errors_and_reset(self):
        p = self.remote("exec", "1/0", ok=False)
        self.assertEqual(p.returncode, 1)
        self.assertTrue(p.stderr.endswith(b"ZeroDivisionError: division by zero\r\n"), p.stderr)
        p = self.remote("cat", ":missing", ok=False)
        self.assertIn(b"FileNotFoundError", p.stderr)
        # reset: the board restarts (boot.py runs again, and its effects are visible afterwards).
        self.put("boot.py", "import machine\nBOOTED = machine.reset_cause()\n")
        self.remote("reset")
        time.sleep(0.3)
        self.assertEqual(self.remote("eval", "BOOTED").stdout, b"3\r\n")


if __name__ == "__main__":
    PYCO = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
