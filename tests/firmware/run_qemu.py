#!/usr/bin/env python3
"""Runs tests/py programs on the firmware under QEMU (the mps2-an385 board) through the raw REPL, comparing their
output with the same .exp files as on the host. Every test runs in a fresh interpreter (a raw-REPL soft reset);
a test that does not answer within its timeout, a fault (the firmware ends QEMU with a message) or any output
difference is a failure, and the runner exits 1.

Usage:
  run_qemu.py FIRMWARE.elf --list tests/firmware/qemu_tests.txt [--timeout S]   the test programs
  run_qemu.py FIRMWARE.elf --repl-checks     the friendly REPL, raw-paste, Ctrl-C, RecursionError, faults
  run_qemu.py FIRMWARE.elf --memory          the memory the interpreter takes at start (for the budget report)
"""
import argparse
import os
import select
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TESTS_PY = os.path.join(ROOT, "tests", "py")
QEMU = ["qemu-system-arm", "-M", "mps2-an385", "-nographic", "-monitor", "none", "-serial", "stdio",
        "-semihosting-config", "enable=on,target=native"]


class Fault(Exception):
    """The firmware ended (fault, fatal error) or stopped answering."""


class Board:
    def __init__(self, elf, append=None):
        cmd = QEMU + ["-kernel", elf] + (["-append", append] if append else [])
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.buf = b""

    def send(self, data):
        try:
            self.p.stdin.write(data)
            self.p.stdin.flush()
        except BrokenPipeError:
            raise Fault("QEMU exited (status %s)" % self.p.poll())

    def read_until(self, marker, timeout):
        """Bytes up to and including `marker`; Fault on timeout or when QEMU exits."""
        deadline = time.monotonic() + timeout
        fd = self.p.stdout.fileno()
        while marker not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Fault("no answer within %gs (hang?); received %r" % (timeout, self.buf[-300:]))
            r, _, _ = select.select([fd], [], [], min(left, 0.5))
            if r:
                chunk = os.read(fd, 65536)
                if not chunk:
                    self.p.wait()
                    raise Fault("QEMU exited with status %s; output: %r" % (self.p.returncode, self.buf[-500:]))
                self.buf += chunk
        i = self.buf.index(marker) + len(marker)
        out, self.buf = self.buf[:i], self.buf[i:]
        return out

    def close(self):
        if self.p.poll() is None:
            self.p.kill()
        self.p.wait()
        return self.p.returncode

    # ---- the raw REPL (MicroPython's protocol, as pyco's README documents it)
    def enter_raw(self, timeout=30):
        self.read_until(b">>> ", timeout)
        self.send(b"\x01")
        self.read_until(b"raw REPL; CTRL-B to exit\r\n>", timeout)

    def exec_raw(self, code, timeout):
        """(stdout, traceback) of `code` run in the raw REPL."""
        self.send(code.encode() + b"\x04")
        ok = self.read_until(b"OK", timeout)
        if ok != b"OK":
            raise Fault("expected OK, got %r" % ok)
        out = self.read_until(b"\x04", timeout)[:-1]
        err = self.read_until(b"\x04", timeout)[:-1]
        self.read_until(b">", timeout)
        return out, err

    def soft_reset(self, timeout=30):
        self.send(b"\x04")
        self.read_until(b"raw REPL; CTRL-B to exit\r\n>", timeout)


def crlf(data):
    return data.replace(b"\r\n", b"\n")


def read_list(path):
    names = []
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.append(line)
    return names


def run_tests(elf, names, timeout):
    failures = []
    board = None
    start = time.monotonic()
    for name in names:
        path = os.path.join(TESTS_PY, name)
        with open(path, encoding="utf-8") as f:
            code = f.read()
        with open(os.path.splitext(path)[0] + ".exp", "rb") as f:
            expected = f.read()
        try:
            if board is None:
                board = Board(elf)
                board.enter_raw()
            out, err = board.exec_raw(code, timeout)
            board.soft_reset()
        except Fault as e:
            failures.append(name)
            print("FAIL %s: %s" % (name, e))
            board.close()
            board = None
            continue
        out, err = crlf(out), crlf(err)
        if out != expected or err:
            failures.append(name)
            print("FAIL %s" % name)
            if out != expected:
                import difflib
                diff = difflib.unified_diff(expected.decode(errors="replace").splitlines(),
                                            out.decode(errors="replace").splitlines(), "expected", "firmware",
                                            lineterm="")
                print("\n".join(list(diff)[:40]))
            if err:
                print("  traceback:\n" + err.decode(errors="replace"))
        else:
            print("PASS %s" % name)
    if board is not None:
        board.close()
    print("firmware (qemu): %d/%d tests passed in %.0fs" % (len(names) - len(failures), len(names),
                                                           time.monotonic() - start))
    return 1 if failures else 0


def expect(cond, what, failures):
    print(("PASS " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def repl_checks(elf):
    """The console behaviours the test programs don't cover."""
    failures = []
    b = Board(elf)
    try:
        banner = b.read_until(b">>> ", 30)
        expect(b"; qemu-mps2-an385 with cortex-m3\r\n" in banner and banner.startswith(b"pyco "),
               "banner %r" % banner[:80], failures)
        b.send(b"1 + 2\r")
        expect(b.read_until(b">>> ", 10) == b"1 + 2\r\n3\r\n>>> ", "friendly REPL evaluates an expression", failures)
        b.send(b"for i in range(2):\rprint(i * 10)\r\r")
        got = b.read_until(b">>> ", 10)
        expect(b"\r\n0\r\n10\r\n" in got, "friendly REPL runs a block: %r" % got, failures)
        b.send(b"1/0\r")
        got = b.read_until(b">>> ", 10)
        expect(b"ZeroDivisionError: division by zero\r\n" in got, "friendly REPL prints a traceback", failures)
        # Raw REPL.
        b.send(b"\x01")
        b.read_until(b"raw REPL; CTRL-B to exit\r\n>", 10)
        out, err = b.exec_raw("print('raw', 6 * 7)", 10)
        expect(out == b"raw 42\r\n" and err == b"", "raw REPL runs code", failures)
        out, err = b.exec_raw("[][1]", 10)
        expect(out == b"" and b"IndexError: list index out of range" in err, "raw REPL reports an error", failures)
        # Deep recursion ends in RecursionError, not a stack overflow; so does deep native recursion (repr).
        out, err = b.exec_raw(
            "import sys\n"
            "def f(n):\n    return f(n + 1)\n"
            "try:\n    f(0)\nexcept RecursionError as e:\n    print('recursion', e)\n"
            "x = []\nfor i in range(400):\n    x = [x]\n"
            "try:\n    repr(x)\nexcept RecursionError:\n    print('repr recursion')\n"
            "print(sys.getrecursionlimit() > 20)", 60)
        expect(out == b"recursion maximum recursion depth exceeded\r\nrepr recursion\r\nTrue\r\n" and err == b"",
               "deep recursion raises RecursionError: %r %r" % (out, err), failures)
        # The parser's and the compiler's depth follow the stack too: deep nesting is a SyntaxError, not a fault.
        for source, what in (("'(' * 150 + '1' + ')' * 150", "nested brackets"), ("'+'.join(['1'] * 400)", "a long chain")):
            out, err = b.exec_raw("try:\n    eval(%s)\nexcept SyntaxError as e:\n    print(e.msg)" % source, 30)
            expect(err == b"" and out in (b"too many nested parentheses\r\n", b"expression too complex\r\n"),
                   "%s is refused: %r %r" % (what, out, err), failures)
        out, err = b.exec_raw("print(eval('+'.join(['1'] * 20)), eval('(' * 10 + '2' + ')' * 10))", 30)
        expect(out == b"20 2\r\n", "moderate nesting works: %r %r" % (out, err), failures)
        # MemoryError, and the interpreter goes on.
        out, err = b.exec_raw("try:\n    x = [0] * 100000\nexcept MemoryError:\n    print('MemoryError')\n"
                              "print(sum(range(10)))", 30)
        expect(out == b"MemoryError\r\n45\r\n", "MemoryError on a full heap: %r %r" % (out, err), failures)
        # Ctrl-C interrupts running code.
        b.send(b"while True:\n    pass\n\x04")
        b.read_until(b"OK", 10)
        time.sleep(1.0)
        b.send(b"\x03")
        b.read_until(b"\x04", 10)
        err = b.read_until(b"\x04", 10)
        b.read_until(b">", 10)
        expect(b"KeyboardInterrupt" in err, "Ctrl-C interrupts a loop: %r" % err, failures)
        # Raw-paste mode with flow control, code larger than the window (in a fresh interpreter: the checks above
        # left their data on the 32 KB heap).
        b.soft_reset()
        b.send(b"\x05A\x01")
        head = b.read_until(b"\x01", 10)
        expect(head == b"R\x01", "raw-paste accepted: %r" % head, failures)
        window = b.read_until(b"\x01", 10)
        inc = window[0] | window[1] << 8 if len(window) == 3 else 0
        code = "".join("v%d = %d\n" % (i, i) for i in range(120)) + "print(sum([%s]))\n" % ", ".join(
            "v%d" % i for i in range(120))
        data = code.encode()
        remaining = inc
        pos = 0
        while pos < len(data):
            if remaining == 0:
                b.read_until(b"\x01", 10)
                remaining = inc
            n = min(remaining, len(data) - pos)
            b.send(data[pos:pos + n])
            pos += n
            remaining -= n
        b.send(b"\x04")
        b.read_until(b"\x04", 20)
        out = b.read_until(b"\x04", 20)[:-1]
        err = b.read_until(b"\x04", 20)[:-1]
        b.read_until(b">", 10)
        expect(out == b"7140\r\n" and err == b"", "raw-paste runs %d bytes: %r %r" % (len(data), out, err), failures)
        # Soft reset: a fresh interpreter.
        b.exec_raw("zz = 1", 10)
        b.soft_reset()
        out, err = b.exec_raw("print('zz' in globals())", 10)
        expect(out == b"False\r\n", "soft reset gives a fresh interpreter", failures)
        # Back to the friendly REPL; Ctrl-D there ends the board (QEMU exits with status 0).
        b.send(b"\x02")
        b.read_until(b">>> ", 10)
        b.send(b"\x04")
        try:
            b.read_until(b"never", 10)
        except Fault:
            pass
        status = b.close()
        expect(status == 0, "Ctrl-D ends QEMU with status 0 (got %s)" % status, failures)
    except Fault as e:
        failures.append(str(e))
        print("FAIL: %s" % e)
        b.close()
    # A fault is reported and ends QEMU with a failure status, never a hang.
    b = Board(elf, "--fault-test")
    try:
        b.read_until(b"never", 20)
    except Fault as e:
        status = b.close()
        expect(b"pyco: HardFault" in b.buf or b"HardFault" in str(e).encode(), "a HardFault is reported: %s" % e, failures)
        expect(status == 3, "a HardFault ends QEMU with status 3 (got %s)" % status, failures)
    print("firmware (qemu) REPL checks: %s" % ("all passed" if not failures else "%d failed" % len(failures)))
    return 1 if failures else 0


def memory(elf):
    b = Board(elf, "--report-memory")
    try:
        line = b.read_until(b"\r\n", 30)
        b.read_until(b">>> ", 30)
    finally:
        b.close()
    print(line.decode().strip())
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("elf")
    ap.add_argument("--list", help="file naming the tests/py programs to run, one a line")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per test")
    ap.add_argument("--repl-checks", action="store_true")
    ap.add_argument("--memory", action="store_true")
    ap.add_argument("tests", nargs="*", help="tests/py programs (relative to tests/py) instead of --list")
    a = ap.parse_args()
    if a.memory:
        return memory(a.elf)
    if a.repl_checks:
        return repl_checks(a.elf)
    names = a.tests or (read_list(a.list) if a.list else [])
    if not names:
        ap.error("no tests (give --list or test names)")
    return run_tests(a.elf, names, a.timeout)


if __name__ == "__main__":
    sys.exit(main())
