"""The REPL of pyco: the friendly REPL and the raw REPL driven with bytes through a pipe (`pyco --repl`), and the
line editor driven through a pseudo-terminal as a person types.

Run as: python3 tests/repl/test_repl.py /path/to/pyco
Through a pipe pyco behaves as a board on a serial line: it echoes what it receives and ends lines with "\\r\\n".
The raw REPL transcripts follow MicroPython's documentation of the raw REPL and raw-paste mode
(docs/reference/repl.rst), including its "MPY: soft reboot" line.
"""
import os
import platform
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
BANNER_RE = rb'pyco \d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; [a-z0-9_]+ with [A-Za-z0-9_]+\r\nType "help\(\)" for more information\.\r\n'
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n"


def env():
    e = dict(os.environ)
    e.pop("PYCOPATH", None)
    return e


def repl(data, timeout=30):
    """Runs `pyco --repl` on the bytes `data`; returns (stdout after the banner, exit status, stderr)."""
    p = subprocess.run([PYCO, "--repl"], input=data, capture_output=True, timeout=timeout, env=env())
    m = re.match(BANNER_RE, p.stdout)
    assert m, p.stdout[:200]
    return p.stdout[m.end():], p.returncode, p.stderr


class FriendlyRepl(unittest.TestCase):
    def test_banner(self):
        p = subprocess.run([PYCO, "--repl"], input=b"", capture_output=True, timeout=30, env=env())
        first = p.stdout.split(b"\r\n")[0].decode()
        self.assertRegex(first, r"^pyco \d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; linux with ")
        self.assertTrue(first.endswith(" with " + platform.machine()), first)
        self.assertTrue(p.stdout.endswith(b'Type "help()" for more information.\r\n>>> \r\n'), p.stdout)
        self.assertEqual(p.returncode, 0)

    def test_expression_results_and_underscore(self):
        out, rc, _ = repl(b"1 + 1\r_ * 3\rNone\rx = 'a'\rx\r")
        self.assertEqual(out, b">>> 1 + 1\r\n2\r\n>>> _ * 3\r\n6\r\n>>> None\r\n>>> x = 'a'\r\n>>> x\r\n'a'\r\n>>> \r\n")
        self.assertEqual(rc, 0)

    def test_newline_variants(self):
        # "\r", "\n" and "\r\n" all end a line, once.
        out, _, _ = repl(b"1\r\n2\n3\r")
        self.assertEqual(out, b">>> 1\r\n1\r\n>>> 2\r\n2\r\n>>> 3\r\n3\r\n>>> \r\n")

    def test_auto_indent_and_empty_line_ends_block(self):
        out, _, _ = repl(b"for i in range(2):\rprint(i)\r\r")
        self.assertEqual(out, b">>> for i in range(2):\r\n...     print(i)\r\n...     \r\n0\r\n1\r\n>>> \r\n")

    def test_backspace_removes_one_indent_level(self):
        # Nested blocks: after "x = 1" the indent is 8; one Backspace goes back to 4.
        out, _, _ = repl(b"if True:\rif True:\rx = 1\r\x7fy = 2\r\rprint(x, y)\r")
        self.assertIn(b"...         x = 1\r\n...         \x1b[4D    \x1b[4Dy = 2\r\n", out)
        self.assertIn(b">>> print(x, y)\r\n1 2\r\n", out)

    def test_brackets_continue_without_block(self):
        out, _, _ = repl(b"(1 +\r2)\r")
        self.assertEqual(out, b">>> (1 +\r\n... 2)\r\n3\r\n>>> \r\n")

    def test_dict_colon_is_not_a_block(self):
        out, _, _ = repl(b"d = {1:\r2}\rd\r")
        self.assertIn(b"... 2}\r\n>>> d\r\n{1: 2}\r\n", out)

    def test_error_then_continue(self):
        out, rc, _ = repl(b"1/0\r40 + 2\r")
        self.assertIn(b"Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n", out)
        self.assertIn(b"ZeroDivisionError: division by zero\r\n>>> 40 + 2\r\n42\r\n", out)
        self.assertEqual(rc, 0)

    def test_name_error_hint(self):
        out, _, _ = repl(b"prnt('hi')\r")
        self.assertIn(b"NameError: name 'prnt' is not defined. Did you mean: 'print'?\r\n", out)
        out, _, _ = repl(b"'abc'.uper()\r")
        self.assertIn(b"AttributeError: 'str' object has no attribute 'uper'. Did you mean: 'upper'?\r\n", out)

    def test_syntax_error(self):
        out, _, _ = repl(b"1 +* 2\r3\r")
        self.assertIn(b"SyntaxError: invalid syntax\r\n>>> 3\r\n3\r\n", out)

    def test_ctrl_c_cancels_line_and_block(self):
        out, _, _ = repl(b"abc\x03" + b"for i in range(3):\rprint(i)\r\x03" + b"5\r")
        self.assertEqual(out, b">>> abc\r\n>>> for i in range(3):\r\n...     print(i)\r\n...     \r\n>>> 5\r\n5\r\n>>> \r\n")

    def test_ctrl_d_exits_and_sys_exit_status(self):
        out, rc, _ = repl(b"1\r\x04print('not run')\r")
        self.assertEqual(out, b">>> 1\r\n1\r\n>>> \r\n")
        self.assertEqual(rc, 0)
        out, rc, _ = repl(b"import sys\rsys.exit(3)\rprint('not run')\r")
        self.assertNotIn(b"not run\r\n", out)
        self.assertEqual(rc, 3)

    def test_ctrl_d_ends_a_block(self):
        out, _, _ = repl(b"if 1:\rprint('yes')\r\x04")
        self.assertIn(b"...     print('yes')\r\n...     \r\nyes\r\n>>> ", out)

    def test_paste_mode(self):
        code = b"def f():\r    return 5\r\rprint(f())\r"
        out, _, _ = repl(b"\x05" + code + b"\x04f() + 1\r")
        self.assertEqual(out, b">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== def f():\r\n"
                              b"===     return 5\r\n=== \r\n=== print(f())\r\n=== \r\n5\r\n>>> f() + 1\r\n6\r\n>>> \r\n")

    def test_paste_mode_cancel(self):
        out, _, _ = repl(b"\x05print('no')\r\x03print('yes')\r")
        self.assertEqual(out, b">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== print('no')\r\n=== \r\n"
                              b">>> print('yes')\r\nyes\r\n>>> \r\n")

    def test_ctrl_b_prints_banner(self):
        out, _, _ = repl(b"\x02")
        self.assertRegex(out, b"^>>> \r\n" + BANNER_RE + rb">>> \r\n$")

    def test_cursor_keys_edit_the_line(self):
        # Left twice then insert: "1+2" -> "10+2".
        out, _, _ = repl(b"1+2\x1b[D\x1b[D0\r")
        self.assertIn(b"\r\n12\r\n", out)
        # Home, End, Home (other encoding), Delete, Ctrl-K, Ctrl-U.
        out, _, _ = repl(b"2*3\x1b[H9\x1b[F+1\r" + b"77\x1b[1~\x1b[3~\r" + b"5+55\x1b[D\x0b\r" + b"xyz\x151+1\r")
        results = re.findall(rb"\r\n(\d+)\r\n", out)
        self.assertEqual(results, [b"277", b"7", b"10", b"2"])

    def test_word_moves(self):
        # Ctrl-Left twice from the end of "aa + bbb": before "bbb", then before "aa".
        out, _, _ = repl(b"aa = 1\rbbb = 2\raa + bbb\x1b[1;5D\x1b[1;5D-\r")
        self.assertEqual(re.findall(rb"\r\n(-?\d+)\r\n", out), [b"1"])  # "-aa + bbb" == 1
        out, _, _ = repl(b"aa = 1\rbbb = 2\raa + bbb\x1b[H\x1b[1;5C\x1b[1;5C0\r")
        self.assertIn(b"NameError: name 'bbb0' is not defined", out)
        # Alt-b / Alt-f (ESC b, ESC f) and Alt-Left.
        out, _, _ = repl(b"x = 3\rx * x\x1bb\x1bby\r")
        self.assertIn(b"NameError: name 'yx' is not defined", out)
        out, _, _ = repl(b"x = 3\rx * 3\x1b[H\x1bf\x1b[1;3C0\r")
        self.assertIn(b"\r\n90\r\n", out)  # Home, Alt-f, Alt-Right: "x * 3" + "0"


    def test_history_up_down(self):
        out, _, _ = repl(b"6 * 7\r1\r\x1b[A\x1b[A\r\x1b[A\x1b[B\x1b[B2\r")
        results = re.findall(rb"\r\n(\d+)\r\n", out)
        self.assertEqual(results, [b"42", b"1", b"42", b"2"])

    def test_tab_completion(self):
        out, _, _ = repl(b"pri\t('x')\r")
        self.assertIn(b"\r\nx\r\n", out)
        out, _, _ = repl(b"import os\ros.getc\t() == os.getcwd()\r")
        self.assertIn(b"\r\nTrue\r\n", out)
        # A common prefix is completed; the second Tab lists the candidates and redraws the line.
        out, _, _ = repl(b"alpha_one = 1\ralpha_two = 2\ralph\t\t\x03")
        self.assertIn(b">>> alpha_\r\nalpha_one  alpha_two\r\n>>> alpha_\r\n>>> ", out)
        # Attributes of objects; names starting with '_' only on request.
        out, _, _ = repl(b"s = 'x'\rs.isdig\t()\r")
        self.assertIn(b"\r\nFalse\r\n", out)
        out, _, _ = repl(b"class A:\rvalue_x = 1\r\rA.\t\t\x03")
        self.assertIn(b">>> A.value_x\r\n", out)  # the only public name: completed at once
        self.assertNotIn(b"__init__", out)
        # Tab at the start of a line indents.
        out, _, _ = repl(b"if 1:\r\t\x7fx = 4\r\rx\r")
        self.assertIn(b"\r\n4\r\n", out)

    def test_help(self):
        out, _, _ = repl(b"help()\r")
        self.assertIn(b"Welcome to pyco", out)
        out, _, _ = repl(b"help('modules')\r")
        for name in (b"builtins", b"gc", b"os", b"sys"):
            self.assertRegex(out, rb"\b" + name + rb"\b")
        out, _, _ = repl(b"help(len)\r")
        self.assertIn(b"Help on builtin_function_or_method object", out)

    def test_random_bytes_never_crash(self):
        import random
        rnd = random.Random(1234)
        for _ in range(20):
            data = bytes(rnd.randrange(256) for _ in range(300))
            # No Ctrl-A (raw REPL would swallow the rest) and no Ctrl-D (it would exit early).
            data = data.replace(b"\x04", b"").replace(b"\x01", b"")
            p = subprocess.run([PYCO, "--repl"], input=data + b"\r\x03\x04", capture_output=True, timeout=30,
                               env=env())
            self.assertIn(p.returncode, (0, 1), (data, p.stdout[-300:], p.stderr))

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS_DIR = os.path.join(os.path.dirname(HERE), "py", "errors")


def cpython_syntax_error(source, filename):
    """CPython 3.11's report (the lines from 'File' on, carets included) of the syntax error in `source` run
    as a file, with the file shown as `filename`."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "snippet.py")
        with open(path, "w") as f:
            f.write(source)
        p = subprocess.run([sys.executable, path], capture_output=True, timeout=30)
    return p.stderr.replace(('File "%s"' % path).encode(), ('File "%s"' % filename).encode())


class ErrorHints(unittest.TestCase):
    """Syntax errors (a missing colon, unbalanced brackets, mixed tabs and spaces, a bad unindent) explained
    as CPython 3.11 explains them, carets included, in files and at the REPL: the expectations are CPython's
    own output for the same source (the caret lines are what tests/py can't compare, its runner drops them)."""

    def setUp(self):
        if sys.version_info[:2] != (3, 11):
            self.skipTest("the expectations come from CPython 3.11")

    def test_syntax_errors_in_files_match_cpython_with_carets(self):
        names = sorted(n for n in os.listdir(ERRORS_DIR) if n.startswith("syntax_") and n.endswith(".py"))
        self.assertGreater(len(names), 10)
        for name in names:
            path = os.path.join(ERRORS_DIR, name)
            mine = subprocess.run([PYCO, name], cwd=ERRORS_DIR, capture_output=True, timeout=30, env=env())
            with open(path) as f:
                expected = cpython_syntax_error(f.read(), name)
            self.assertEqual(mine.stderr.decode(), expected.decode(), name)

    # Sources whose errors CPython reports at the lines and columns checked (tabs and spaces mixed, unindent
    # mismatch, a bracket left open in a block or closed by the wrong bracket, missing colons).
    PASTED = [
        "if True:\n\tx = 1\n        y = 2\n",
        "if True:\n        x = 1\n    y = 2\n",
        "def f(x):\n    if x:\n        return (x,\n                x + 1\n    return x\n",
        "total = sum([1, 2, 3)\n",
        "while x < 3\n    x += 1\n",
        "class A\n    pass\n",
        "print(1 2)\n",
        "x = 1\n    y = 2\n",
    ]

    def test_paste_mode_errors_match_cpython(self):
        for source in self.PASTED:
            out, _, _ = repl(b"\x05" + source.replace("\n", "\r").encode() + b"\x04")
            report = out[out.rindex(b"=== \r\n") + 6:]
            self.assertTrue(report.endswith(b">>> \r\n"), report)
            expected = cpython_syntax_error(source, "<stdin>").replace(b"\n", b"\r\n")
            self.assertEqual(report[:-6].decode(), expected.decode(), source)

    def test_typed_multi_line_errors_match_cpython(self):
        # What is typed, and the source the REPL makes of it (its auto-indent added): the report must be
        # CPython's for that source.
        cases = [
            (b"for i in range(3):\rif i > 1\r\r", "for i in range(3):\n    if i > 1\n"),
            (b"x = [1,\r2,\r\r", "x = [1,\n2,\n"),
            (b"if True:\rprint((1, 2)\r\r", "if True:\n    print((1, 2)\n"),
            (b"def f()\r", "def f()\n"),
            (b"d = {'a': [1, 2}\r", "d = {'a': [1, 2}\n"),
        ]
        for typed, source in cases:
            out, _, _ = repl(typed)
            self.assertTrue(out.endswith(b">>> \r\n"), out)
            expected = cpython_syntax_error(source, "<stdin>").replace(b"\n", b"\r\n")
            self.assertTrue(out[:-6].endswith(expected), (typed, out, expected))
            self.assertIn(b"  File \"<stdin>\"", out)


class RawRepl(unittest.TestCase):
    def raw(self, data):
        out, rc, err = repl(b"\x01" + data)
        prefix = b">>> \r\n" + RAW_BANNER + b">"
        self.assertTrue(out.startswith(prefix), out)
        return out[len(prefix):]

    def test_enter_run_and_exit(self):
        out = self.raw(b"print(1)\x04print(2)\nprint(3)\x04\x02")
        self.assertRegex(out, b"^OK1\r\n\x04\x04>OK2\r\n3\r\n\x04\x04>\r\n" + BANNER_RE + rb">>> \r\n$")

    def test_exception_goes_after_first_eof(self):
        out = self.raw(b"print('a')\nraise ValueError('b')\x04")
        self.assertEqual(out, b"OKa\r\n\x04Traceback (most recent call last):\r\n"
                              b"  File \"<stdin>\", line 2, in <module>\r\n    raise ValueError('b')\r\n"
                              b"ValueError: b\r\n\x04>")

    def test_syntax_error(self):
        out = self.raw(b"1 +\x04")
        self.assertTrue(out.startswith(b"OK\x04  File \"<stdin>\", line 1\r\n"), out)
        self.assertTrue(out.endswith(b"SyntaxError: invalid syntax\r\n\x04>"), out)

    def test_expressions_are_not_echoed_and_state_persists(self):
        out = self.raw(b"x = 5\x04x * 2\x04print(x * 2)\x04")
        self.assertEqual(out, b"OK\x04\x04>OK\x04\x04>OK10\r\n\x04\x04>")

    def test_ctrl_c_clears_the_buffer(self):
        out = self.raw(b"print('no')\x03print('yes')\x04")
        self.assertEqual(out, b"OKyes\r\n\x04\x04>")

    def test_ctrl_a_again_resets(self):
        out = self.raw(b"print('no')\x01print('yes')\x04")
        self.assertEqual(out, RAW_BANNER + b">OKyes\r\n\x04\x04>")

    def test_soft_reset(self):
        out = self.raw(b"x = 1\x04\x04print(x)\x04")
        self.assertTrue(out.startswith(b"OK\x04\x04>OK\r\nMPY: soft reboot\r\n" + RAW_BANNER + b">OK\x04"), out)
        self.assertTrue(out.endswith(b"NameError: name 'x' is not defined\r\n\x04>"), out)

    def test_sys_exit_soft_resets(self):
        out = self.raw(b"y = 2\x04import sys\nsys.exit()\x04print(y)\x04")
        self.assertTrue(out.startswith(b"OK\x04\x04>OK\x04\x04MPY: soft reboot\r\n" + RAW_BANNER + b">OK\x04"), out)

    def test_raw_paste_as_documented(self):
        # The example of MicroPython's documentation, byte for byte (window size 128).
        p = subprocess.run([PYCO, "--repl"], input=b"\x01\x05A\x01print(123)\x04", capture_output=True,
                           timeout=30, env=env())
        m = re.match(BANNER_RE + b">>> ", p.stdout)
        self.assertEqual(p.stdout[m.end():], b"\r\nraw REPL; CTRL-B to exit\r\n>R\x01\x80\x00\x01\x04123\r\n\x04\x04>")

    def test_raw_paste_flow_control(self):
        # A host that obeys the window: never more unacknowledged bytes than granted.
        lines = ["v%d = %d" % (i, i * i) for i in range(150)]
        code = ("\n".join(lines) + "\nprint(sum([%s]))\n" % ", ".join("v%d" % i for i in range(150))).encode()
        self.assertGreater(len(code), 1000)
        proc = subprocess.Popen([PYCO, "--repl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env())
        try:
            reader = Reader(proc.stdout.fileno())
            reader.until(b">>> ")
            proc.stdin.write(b"\x01")
            proc.stdin.flush()
            reader.until(RAW_BANNER + b">")
            proc.stdin.write(b"\x05A\x01")
            proc.stdin.flush()
            self.assertEqual(reader.read(2), b"R\x01")
            increment = int.from_bytes(reader.read(2), "little")
            self.assertEqual(increment, 128)
            window = increment
            sent = 0
            grants = 0
            while sent < len(code):
                if window == 0 or reader.ready():
                    b = reader.read(1)
                    self.assertEqual(b, b"\x01")
                    window += increment
                    grants += 1
                    continue
                n = min(window, len(code) - sent)
                proc.stdin.write(code[sent:sent + n])
                proc.stdin.flush()
                sent += n
                window -= n
            proc.stdin.write(b"\x04")
            proc.stdin.flush()
            rest = reader.until(b"\x04>")
            # The first grant came with the window size; one more for every full window consumed.
            grants += rest.count(b"\x01")
            self.assertEqual(grants, 1 + len(code) // increment)
            tail = rest[rest.index(b"\x04"):]
            self.assertEqual(tail, b"\x04" + str(sum(i * i for i in range(150))).encode() + b"\r\n\x04\x04>")
        finally:
            proc.stdin.close()
            proc.wait(timeout=30)
            proc.stdout.close()

    def test_raw_paste_exception(self):
        out = self.raw(b"\x05A\x01" + b"1/0\x04")
        self.assertTrue(out.startswith(b"R\x01\x80\x00\x01\x04\x04Traceback"), out)
        self.assertTrue(out.endswith(b"ZeroDivisionError: division by zero\r\n\x04>"), out)


class Reader:
    """Reads a pipe or pty with timeouts."""

    def __init__(self, fd, timeout=20):
        self.fd = fd
        self.buf = b""
        self.timeout = timeout

    def _fill(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError("timed out; received so far: %r" % self.buf[-500:])
        r, _, _ = select.select([self.fd], [], [], left)
        if r:
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                data = b""
            if not data:
                raise AssertionError("end of output; received so far: %r" % self.buf[-500:])
            self.buf += data

    def ready(self):
        if self.buf:
            return True
        r, _, _ = select.select([self.fd], [], [], 0)
        return bool(r)

    def read(self, n):
        deadline = time.monotonic() + self.timeout
        while len(self.buf) < n:
            self._fill(deadline)
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def until(self, pattern):
        """Everything up to and including the first match of the bytes `pattern`."""
        deadline = time.monotonic() + self.timeout
        while pattern not in self.buf:
            self._fill(deadline)
        i = self.buf.index(pattern) + len(pattern)
        out, self.buf = self.buf[:i], self.buf[i:]
        return out


class Terminal(unittest.TestCase):
    """pyco on a pseudo-terminal: its controlling terminal, as when a person runs `pyco`."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.home = self.tmp.name
        self.pid = None

    def tearDown(self):
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        self.tmp.cleanup()

    def start(self):
        e = env()
        e["HOME"] = self.home
        e["TERM"] = "xterm"
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(PYCO, [PYCO], e)
        self.pid, self.fd = pid, fd
        self.out = Reader(fd)
        self.out.until(b">>> ")

    def type(self, data):
        os.write(self.fd, data)

    def finish(self):
        self.type(b"\x04")
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)

    def test_banner_and_expression(self):
        self.start()
        self.type(b"1 + 2\r")
        self.assertEqual(self.out.until(b">>> "), b"1 + 2\r\n3\r\n>>> ")
        self.assertEqual(self.finish(), 0)

    def test_arrows_insert_in_the_middle(self):
        self.start()
        self.type(b"prit(7)" + b"\x1b[D" * 4 + b"n\r")
        self.assertIn(b"\r\n7\r\n>>> ", self.out.until(b"7\r\n>>> "))
        self.assertEqual(self.finish(), 0)

    def test_history_is_kept_across_sessions(self):
        self.start()
        self.type(b"print('from' + ' history')\r")
        self.out.until(b"from history\r\n>>> ")
        self.assertEqual(self.finish(), 0)
        with open(os.path.join(self.home, ".pyco_history")) as f:
            self.assertIn("print('from' + ' history')\n", f.read())
        self.start()
        self.type(b"\x1b[A\r")
        self.out.until(b"from history\r\n>>> ")
        self.assertEqual(self.finish(), 0)

    def test_tab_completion(self):
        self.start()
        self.type(b"import os\r")
        self.out.until(b">>> ")
        self.type(b"os.getc\t")
        self.out.until(b"os.getcwd")
        self.type(b"() == os.getcwd()\r")
        self.out.until(b"True\r\n>>> ")
        self.type(b"os.\t\t")
        listing = self.out.until(b">>> os.")
        self.assertIn(b"listdir", listing)
        self.assertIn(b"getcwd", listing)
        self.type(b"\x03")
        self.out.until(b">>> ")
        self.assertEqual(self.finish(), 0)

    def test_ctrl_c_interrupts_a_loop(self):
        self.start()
        self.type(b"while True: pass\r")
        self.out.until(b"while True: pass\r\n")
        # A Ctrl-C typed before the loop started (while the terminal was still in raw mode) would be an ordinary
        # byte: repeat it until the interrupt shows.
        for _ in range(20):
            time.sleep(0.3)
            self.type(b"\x03")
            try:
                self.out.timeout = 1
                self.out.until(b"KeyboardInterrupt")
                break
            except AssertionError:
                continue
        else:
            self.fail("Ctrl-C did not interrupt the loop")
        self.out.timeout = 20
        self.out.until(b">>> ")
        self.type(b"6 * 7\r")
        self.out.until(b"42\r\n>>> ")
        # And Ctrl-C at the prompt cancels the line.
        self.type(b"abc\x03")
        self.out.until(b"abc\r\n>>> ")
        self.assertEqual(self.finish(), 0)

    def test_input_works_in_cooked_mode(self):
        self.start()
        self.type(b"name = input('who? ')\r")
        self.out.until(b"')\r\nwho? ")  # the prompt, not the echo of the line
        self.type(b"pyco\r")
        self.out.until(b">>> ")
        self.type(b"name\r")
        self.out.until(b"'pyco'\r\n>>> ")
        self.assertEqual(self.finish(), 0)


if __name__ == "__main__":
    PYCO = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
