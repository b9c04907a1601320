#!/usr/bin/env python3
"""Run all (or the given) Python tests against pyco in parallel.

Usage: python3 tests/py/run_all.py --pyco /path/to/pyco [-j N] [--timeout S]
                                   [-v] [file-or-dir ...]
"""
import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_test  # noqa: E402  (single implementation of run + compare)


def main(argv=None):
    ap = argparse.ArgumentParser(description='run pyco python tests')
    ap.add_argument('--pyco', required=True, help='interpreter to test')
    ap.add_argument('-j', type=int, default=2, help='parallel workers')
    ap.add_argument('--timeout', type=float, default=run_test.DEFAULT_TIMEOUT)
    ap.add_argument('-v', '--verbose', action='store_true',
                    help='print diffs for failures')
    ap.add_argument('paths', nargs='*')
    args = ap.parse_args(argv)

    run_test.check_interp(args.pyco)
    tests = run_test.discover(args.paths)
    cwd = os.getcwd()

    def one(t):
        return t, run_test.check(args.pyco, t, args.timeout)

    passed = failed = 0
    with ThreadPoolExecutor(max_workers=max(1, args.j)) as ex:
        for t, (ok, reason, details) in ex.map(one, tests):
            if ok:
                passed += 1
                continue
            failed += 1
            print('FAIL %s: %s' % (os.path.relpath(t, cwd), reason), flush=True)
            if args.verbose and details:
                sys.stdout.write(details if details.endswith('\n')
                                 else details + '\n')
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
