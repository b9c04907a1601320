"""Command-line behaviour of pyco: options, exit status, stdin, sys.argv, heap size, bad input.

Run as: python3 tests/cli/test_cli.py /path/to/pyco
Where python3 behaves the same way, the expectation is checked against python3 in the same run.
"""
import os
import subprocess
import sys
import tempfile
import time
import unittest

PYCO = None


def run(args, stdin=b"", cwd=None, env=None, timeout=60):
    e = dict(os.environ)
    e.pop("PYCOPATH", None)
    if env:
        e.update(env)
    return subprocess.run(args, input=stdin, capture_output=True, cwd=cwd, env=e, timeout=timeout)


class CommandLine(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path

    def both(self, args, **kw):
        """Runs pyco and python3 with the same arguments; returns both results."""
        return run([PYCO] + args, **kw), run([sys.executable] + args, **kw)

    def test_script_argv(self):
        self.write("s.py", "import sys\nprint(sys.argv)\n")
        p, c = self.both(["s.py", "a", "b c"], cwd=self.dir)
        self.assertEqual(p.stdout, c.stdout)
        self.assertEqual(p.returncode, 0)

    def test_dash_c(self):
        p, c = self.both(["-c", "import sys; print(sys.argv, 6 * 7)", "x"])
        self.assertEqual(p.stdout, c.stdout)

    def test_stdin_dash_and_pipe(self):
        src = b"import sys\nprint('from stdin', sys.argv)\n"
        p, c = self.both(["-", "q"], stdin=src)
        self.assertEqual(p.stdout, c.stdout)
        p = run([PYCO], stdin=b"print(sum(range(10)))\n")
        self.assertEqual(p.stdout, b"45\n")

    def test_dash_m(self):
        self.write("pkgmod.py", "import sys\nprint(__name__, sys.argv[1:])\n")
        p, c = self.both(["-m", "pkgmod", "z"], cwd=self.dir)
        self.assertEqual(p.stdout, c.stdout)

    def test_dash_i_runs_repl_after_script(self):
        self.write("s.py", "x = 41\n")
        p = run([PYCO, "-i", "s.py"], stdin=b"print(x + 1)\n", cwd=self.dir)
        self.assertIn(b"42\n", p.stdout)
        self.assertEqual(p.returncode, 0)

    def test_exit_status(self):
        for code, want in [("pass", 0), ("raise ValueError('boom')", 1), ("import sys; sys.exit(3)", 3),
                           ("import sys; sys.exit('bye')", 1), ("import sys; sys.exit()", 0)]:
            p, c = self.both(["-c", code])
            self.assertEqual(p.returncode, want, code)
            self.assertEqual(p.returncode, c.returncode, code)
            self.assertEqual(p.stderr.splitlines()[-1:], c.stderr.splitlines()[-1:], code)

    def test_bad_option_is_usage_error(self):
        p = run([PYCO, "--no-such-option"])
        self.assertEqual(p.returncode, 2)
        self.assertIn(b"usage:", p.stderr)
        p = run([PYCO, "-c"])
        self.assertEqual(p.returncode, 2)

    def test_version_and_help(self):
        p = run([PYCO, "--version"])
        self.assertEqual(p.returncode, 0)
        self.assertTrue(p.stdout.startswith(b"pyco "))
        p = run([PYCO, "-h"])
        self.assertEqual(p.returncode, 0)
        self.assertIn(b"-X heapsize", p.stdout)

    def test_missing_script(self):
        p = run([PYCO, os.path.join(self.dir, "nope.py")])
        self.assertEqual(p.returncode, 2)
        self.assertIn(b"can't open file", p.stderr)

    def test_pycopath_and_script_dir(self):
        self.write("lib/helper_mod.py", "VALUE = 'from PYCOPATH'\n")
        self.write("app/sibling.py", "VALUE = 'from script dir'\n")
        self.write("app/main.py", "import sibling, helper_mod\nprint(sibling.VALUE, helper_mod.VALUE)\n")
        p = run([PYCO, os.path.join(self.dir, "app/main.py")], env={"PYCOPATH": os.path.join(self.dir, "lib") + ":/nonexistent"})
        self.assertEqual(p.stdout, b"from script dir from PYCOPATH\n", p.stderr)

    def test_heapsize(self):
        prog = "print(sum([i * i for i in range(1000)]))\n"
        p = run([PYCO, "-X", "heapsize=64K", "-c", prog])
        self.assertEqual(p.stdout, b"332833500\n", p.stderr)
        p = run([PYCO, "-X", "heapsize=1M", "-c", prog])
        self.assertEqual(p.stdout, b"332833500\n", p.stderr)
        p = run([PYCO, "-X", "heapsize=bogus", "-c", "pass"])
        self.assertEqual(p.returncode, 2)

    def test_memory_error_is_catchable(self):
        prog = ("try:\n    x = [0] * (10 ** 7)\nexcept MemoryError:\n    print('MemoryError caught')\n"
                "print(len([1, 2, 3]))\n")
        p = run([PYCO, "-X", "heapsize=128K", "-c", prog])
        self.assertEqual(p.stdout, b"MemoryError caught\n3\n", p.stderr)
        p = run([PYCO, "-X", "heapsize=128K", "-c", "x = []\nwhile True: x.append(str(len(x)))\n"])
        self.assertEqual(p.returncode, 1)
        self.assertTrue(p.stderr.rstrip().endswith(b"MemoryError"), p.stderr)

    def test_runaway_recursion(self):
        prog = "def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n"
        p, c = self.both(["-c", prog])
        self.assertEqual(p.stdout, c.stdout, p.stderr)
        prog = "import sys\nsys.setrecursionlimit(50)\ndef f(n): return f(n + 1)\nf(0)\n"
        p = run([PYCO, "-c", prog])
        self.assertEqual(p.returncode, 1)
        self.assertIn(b"RecursionError: maximum recursion depth exceeded", p.stderr)

    def test_deep_native_recursion(self):
        # Nested containers repr'd and compared recursively must not overflow the C++ stack.
        prog = "x = []\nfor i in range(5000): x = [x]\ntry:\n    repr(x)\nexcept RecursionError:\n    print('deep')\n"
        p = run([PYCO, "-c", prog])
        self.assertEqual(p.stdout, b"deep\n", p.stderr)

    def test_garbage_source_never_crashes(self):
        import random
        rnd = random.Random(1234)
        pieces = [b"(", b")", b"[", b"]", b"{", b"}", b":", b"\n", b"    ", b"\t", b"def ", b"class ", b"x", b"=", b"'",
                  b'"""', b"\\", b"lambda", b"*", b"**", b"1e", b"0x", b"\xff", b"\xc3", b"\x00", b"if ", b"else", b"f'{",
                  b"yield", b"return", b"async ", b"await ", b"@", b",", b".", b"...", b"#", b"\r"]
        for i in range(150):
            src = b"".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
            path = os.path.join(self.dir, "g.py")
            with open(path, "wb") as f:
                f.write(src)
            p = run([PYCO, path], timeout=20)
            self.assertIn(p.returncode, (0, 1), (src, p.stderr))
            if p.returncode == 1:
                self.assertRegex(p.stderr.decode("utf-8", "replace").splitlines()[-1],
                                 r"^(SyntaxError|IndentationError|TabError|NameError|TypeError|ValueError|ZeroDivisionError|"
                                 r"AttributeError|RecursionError|StopIteration|RuntimeError|KeyError|IndexError|UnboundLocalError)",
                                 src)

    def test_syntax_error_display(self):
        self.write("bad.py", "x = 1\nif x\n    pass\n")
        p, c = self.both([os.path.join(self.dir, "bad.py")])
        self.assertEqual(p.returncode, 1)
        drop = lambda s: [l for l in s.splitlines() if l.strip(b" ^~")]
        self.assertEqual(drop(p.stderr), drop(c.stderr))

    def test_traceback_has_caret_line(self):
        self.write("t.py", "def f(d):\n    return d['k'] + 1\nf({'k': 'v'})\n")
        p = run([PYCO, "t.py"], cwd=self.dir)
        lines = p.stderr.decode().splitlines()
        self.assertIn("    return d['k'] + 1", lines)
        i = lines.index("    return d['k'] + 1")
        self.assertRegex(lines[i + 1], r"^\s+\^+$")


class StdinPipe(unittest.TestCase):
    """Waiting for stdin: select.poll/select.select and asyncio's add_reader on a pipe fed line by line, each
    line sent only after the program answered the previous one; pyco's output must equal python3's."""

    PROGRAM = r"""
import asyncio, select, sys
p = select.poll()
p.register(sys.stdin, select.POLLIN)
print('idle', p.poll(50), select.select([sys.stdin], [], [], 0.05)[0] == [], flush=True)
print('ready', p.poll(5000) == [(0, select.POLLIN)], flush=True)
print('line', sys.stdin.readline().strip(), flush=True)
print('select', select.select([sys.stdin], [], [], 5)[0] == [sys.stdin], sys.stdin.readline().strip(), flush=True)

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()

    def on_stdin():
        line = sys.stdin.readline()
        if not line:
            loop.remove_reader(sys.stdin)
        q.put_nowait(line)

    loop.add_reader(sys.stdin, on_stdin)
    while line := await q.get():
        print('got', line.strip(), flush=True)
    print('eof', loop.remove_reader(sys.stdin), flush=True)

asyncio.run(main())
"""

    def converse(self, interp):
        proc = subprocess.Popen([interp, "-c", self.PROGRAM], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        out = [proc.stdout.readline()]
        for word in (b"one", b"two", b"three", b"four"):
            time.sleep(0.05)
            proc.stdin.write(word + b"\n")
            proc.stdin.flush()
            out.append(proc.stdout.readline())
        proc.stdin.close()
        rest = proc.stdout.read()
        proc.stdout.close()
        return b"".join(out) + rest, proc.wait(timeout=30)

    def test_poll_select_and_add_reader(self):
        mine, theirs = self.converse(PYCO), self.converse(sys.executable)
        self.assertEqual(mine, theirs)
        self.assertIn(b"got four\neof False\n", mine[0])


if __name__ == "__main__":
    PYCO = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
