#!/usr/bin/env python3
"""Regenerate expected outputs (NAME.exp, NAME.err) by running CPython 3.11.

Usage: python3 tests/py/regen.py [--python python3] [file-or-dir ...]

For each test NAME.py: runs `python3 NAME.py` with cwd = the test directory,
stdin = /dev/null, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8; writes stdout to
NAME.exp. If the exit code is non-zero or stderr is non-empty, writes NAME.err
= "exit: N\\n" + normalized stderr; otherwise removes a stale NAME.err.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_test  # noqa: E402  (shared implementation)


def regen_one(python, path, timeout):
    r = run_test.run_program(python, path, timeout)
    if r.timed_out:
        print('TIMEOUT %s (nothing written)' % path, file=sys.stderr)
        return False
    exp_path, err_path = run_test.expected_paths(path)
    with open(exp_path, 'wb') as f:
        f.write(r.stdout)
    err = run_test.err_text(r, os.path.dirname(path))
    if err is None:
        if os.path.exists(err_path):
            os.remove(err_path)
    else:
        with open(err_path, 'wb') as f:
            f.write(err)
    return True


def main(argv=None):
    ap = argparse.ArgumentParser(description='regenerate .exp/.err files')
    ap.add_argument('--python', default='python3')
    ap.add_argument('--timeout', type=float, default=run_test.DEFAULT_TIMEOUT)
    ap.add_argument('paths', nargs='*')
    args = ap.parse_args(argv)
    run_test.check_interp(args.python)
    tests = run_test.discover(args.paths)
    bad = 0
    n_err = 0
    for t in tests:
        if not regen_one(args.python, t, args.timeout):
            bad += 1
        elif os.path.exists(run_test.expected_paths(t)[1]):
            n_err += 1
    print('regenerated %d tests (%d with .err), %d failures'
          % (len(tests) - bad, n_err, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
