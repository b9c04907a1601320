#!/usr/bin/env python3
"""The RP2040 firmware under rp2040js (npm): boots the .bin (the image the .uf2 carries: their agreement and boot2's
CRC are checked first), waits for the friendly prompt, runs code through the raw REPL and checks its output, then
the GPIO hooks under machine.Pin on GPIO25 (the Pico's LED) as rp2040js sees the pin, and a few tests/py programs with their .exp files.
rp2040js is installed with npm into --modules when it is missing. A fault, a hang (no answer within the timeout)
or a wrong answer fails (exit 1).

Usage: run_rp2040.py FIRMWARE.elf --modules DIR [--list tests/firmware/rp2040_tests.txt] [--timeout S]
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run_qemu  # noqa: E402  (the raw REPL client and the tests/py runner)
from run_qemu import Fault, crlf, expect  # noqa: E402

RP2040JS = "rp2040js@1.4.1"


def ensure_rp2040js(modules):
    if os.path.exists(os.path.join(modules, "node_modules", "rp2040js", "package.json")):
        return
    for tool in ("node", "npm"):
        if not shutil.which(tool):
            sys.exit("%s is missing: apt-get install -y nodejs npm" % tool)
    os.makedirs(modules, exist_ok=True)
    start = time.monotonic()
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", modules, RP2040JS],
                   check=True)
    print("installed %s in %.0fs" % (RP2040JS, time.monotonic() - start))


class Board(run_qemu.Board):
    """The emulated Pico: UART0 on the pipes, output-pin changes ("gpio N 0|1") on stderr."""

    modules = None

    def __init__(self, elf, append=None):
        binary = os.path.splitext(elf)[0] + ".bin"
        cmd = ["node", os.path.join(HERE, "rp2040js", "run.mjs"), binary, "--rp2040js", self.modules, "--gpio-log"]
        self.log = open(os.path.splitext(elf)[0] + ".gpio.log", "w+")
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log)
        self.buf = b""

    def gpio_events(self):
        self.log.flush()
        with open(self.log.name) as f:
            return [line.split() for line in f if line.startswith("gpio ")]


def checks(elf, timeout):
    failures = []
    start = time.monotonic()
    board = Board(elf)
    try:
        banner = board.read_until(b">>> ", timeout)
        expect(b"rp2040-pico with cortex-m0plus" in banner, "banner names the board: %r" % banner[-80:], failures)
        print("booted to the prompt in %.1fs" % (time.monotonic() - start))
        board.send(b"\x01")
        board.read_until(b"raw REPL; CTRL-B to exit\r\n>", timeout)
        code = ("class A:\n    def __init__(self, n): self.n = n\n    def __repr__(self): return 'A(%d)' % self.n\n"
                "def gen(n):\n    for i in range(n): yield i * i\n"
                "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\n"
                "print(2 ** 100, 7 / 2, 'abc'.upper(), [A(i) for i in gen(3)], {'k': 1})\n")
        out, err = board.exec_raw(code, timeout)
        expect(crlf(out) == b"caught division by zero\n1267650600228229401496703205376 3.5 ABC [A(0), A(1), A(4)] "
               b"{'k': 1}\n" and not err, "raw REPL runs code: %r %r" % (out, err), failures)
        out, err = board.exec_raw("raise ValueError('bad')", timeout)
        expect(not out and b"ValueError: bad" in err, "raw REPL reports an exception: %r" % err, failures)
        # machine's natives (the Port's hooks under machine.Pin). The frozen machine module itself does not load
        # in the RAM a Pico leaves today (MemoryError; see README: Firmware), so its Python part is not run here.
        out, err = board.exec_raw("import _machine as m\nprint(m.freq())", timeout)
        expect(crlf(out) == b"125000000\n", "machine.freq() is 125 MHz: %r %r" % (out, err), failures)
        before = len(board.gpio_events())
        out, err = board.exec_raw(
            "import _machine as m\nled = m._pin_id('LED')\nm._pin_write(led, 0)\nm._pin_config(led, 1, -1)\n"
            "for i in range(3):\n    m._pin_write(led, 1 - m._pin_read(led))\n    print(m._pin_read(led))\n"
            "print(led)\n", timeout)
        expect(crlf(out) == b"1\n0\n1\n25\n" and not err, "GPIO25 as an output toggles and reads back: %r %r"
               % (out, err), failures)
        events = [e for e in board.gpio_events()[before:] if e[1] == "25"]
        # Driven low when it becomes an output, then the three toggles.
        expect([e[2] for e in events] == ["0", "1", "0", "1"], "GPIO25 toggles in rp2040js: %r" % events, failures)
        out, err = board.exec_raw("import _machine as m\ntry:\n    m._pin_id(30)\nexcept ValueError as e:\n    print(e)\n",
                                  timeout)
        expect(crlf(out) == b"invalid pin\n" and not err, "GPIO30 does not exist: %r %r" % (out, err), failures)
        # Modules with a Python part compiled at import (time, os, json, ...) do not fit the RAM left yet: `import
        # time` ends the firmware with a fatal out-of-memory (README: Firmware), so ticks are not checked here.
        # Back to the friendly REPL; Ctrl-D there ends the firmware, which stops rp2040js with status 0.
        board.send(b"\x02")
        board.read_until(b">>> ", timeout)
        board.send(b"\x04")
        status = board.p.wait(timeout)
        expect(status == 0, "Ctrl-D at the prompt ends the emulator with status 0 (got %s)" % status, failures)
    except (Fault, subprocess.TimeoutExpired) as e:
        failures.append(str(e))
        print("FAIL %s" % e)
    finally:
        board.close()
    print("firmware (rp2040js): %d checks failed, %.0fs" % (len(failures), time.monotonic() - start))
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("elf")
    ap.add_argument("--modules", required=True, help="where npm installs rp2040js (installed when missing)")
    ap.add_argument("--list", help="tests/py programs to run as well (paths relative to tests/py)")
    ap.add_argument("--timeout", type=float, default=60)
    a = ap.parse_args()
    ensure_rp2040js(os.path.abspath(a.modules))
    Board.modules = os.path.abspath(a.modules)
    stem = os.path.splitext(a.elf)[0]
    subprocess.run([sys.executable, os.path.join(HERE, "rp2040_image.py"), a.elf, "--check"], check=True)
    status = checks(a.elf, a.timeout)
    if a.list:
        run_qemu.Board = Board
        status |= run_qemu.run_tests(a.elf, run_qemu.read_list(a.list), a.timeout)
    return status


if __name__ == "__main__":
    sys.exit(main())
