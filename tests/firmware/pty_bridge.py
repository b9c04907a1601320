#!/usr/bin/env python3
"""Runs a command with its stdin/stdout on a new pseudo-terminal, whose name it prints, so that another program
(pyco remote, mpremote, picocom) opens the emulated board like a serial port. Usage: pty_bridge.py CMD [ARG...]"""
import os
import pty
import select
import signal
import subprocess
import sys
import tty


def main():
    master, slave = pty.openpty()
    tty.setraw(slave)
    print("char device redirected to %s" % os.ttyname(slave), flush=True)
    p = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out = p.stdout.fileno()
    signal.signal(signal.SIGTERM, lambda *_: (p.kill(), sys.exit(143)))
    signal.signal(signal.SIGHUP, lambda *_: (p.kill(), sys.exit(129)))
    try:
        while p.poll() is None:
            r, _, _ = select.select([master, out], [], [], 0.5)
            if master in r:
                try:
                    data = os.read(master, 4096)
                except OSError:  # no client has the terminal open yet
                    data = b""
                if data:
                    p.stdin.write(data)
                    p.stdin.flush()
            if out in r:
                data = os.read(out, 4096)
                if data:
                    os.write(master, data)
    except KeyboardInterrupt:
        p.kill()
    return p.wait()


if __name__ == "__main__":
    sys.exit(main())
