#!/usr/bin/env python3
"""Run ONE Python test program against pyco and compare with expected output.

Usage: python3 tests/py/run_test.py --pyco /path/to/pyco [--timeout S] tests/py/dir/name.py

This module also holds the shared implementation (test discovery, how a
program is run, stderr normalization, comparison) used by regen.py and
run_all.py.
"""
import argparse
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys

TESTS_ROOT = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TIMEOUT = 20.0
MAX_DIFF_LINES = 60

# A stderr line made only of whitespace plus at least one '^' or '~'
# (CPython 3.11 / pyco caret lines under the failing expression), also inside
# the "  | " margin of an exception group's traceback box.
_CARET_LINE = re.compile(rb'^[ \t]*(?:[+|] [ \t]*)?[\^~][\^~ \t]*\r?\n?$')


# ---------------------------------------------------------------- discovery

def is_test_file(path):
    """True if `path` is a test program: a .py file inside a subdirectory of
    tests/py whose name and directory components do not start with '_'
    (those are import helpers / support files)."""
    path = os.path.abspath(path)
    if not path.endswith('.py'):
        return False
    rel = os.path.relpath(path, TESTS_ROOT)
    parts = rel.split(os.sep)
    if parts[0] == '..' or len(parts) < 2:   # outside, or a top-level script
        return False
    return not any(p.startswith('_') or p.startswith('.') for p in parts)


def discover(paths=None):
    """Expand files/directories into a sorted list of absolute test paths."""
    if not paths:
        paths = [TESTS_ROOT]
    out = set()
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = [d for d in dirnames
                               if not d.startswith(('_', '.'))]
                for fn in filenames:
                    full = os.path.join(dirpath, fn)
                    if is_test_file(full):
                        out.add(full)
        elif is_test_file(p):
            out.add(p)
        else:
            raise SystemExit('not a test file: %s' % p)
    return sorted(out)


# ---------------------------------------------------------------- running

def make_env():
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    env['PYTHONDONTWRITEBYTECODE'] = '1'   # keep tests/py free of __pycache__
    for k in ('PYCOPATH', 'PYTHONPATH', 'PYTHONSTARTUP', 'PYTHONWARNINGS'):
        env.pop(k, None)
    return env


def check_interp(interp):
    """Exit with a clear message if the interpreter cannot be found."""
    path = resolve_interp(interp)
    if os.sep in path:
        ok = os.path.isfile(path) and os.access(path, os.X_OK)
    else:
        ok = shutil.which(path) is not None
    if not ok:
        raise SystemExit('error: interpreter not found or not executable: %s'
                         % interp)


def resolve_interp(interp):
    """Make a path-like interpreter argument absolute (cwd changes per test);
    a bare name such as 'python3' is left for PATH lookup."""
    if os.sep in interp:
        return os.path.abspath(interp)
    return interp


class Result:
    def __init__(self, stdout, stderr, returncode, timed_out):
        self.stdout = stdout
        self.stderr = stderr
        self.returncode = returncode
        self.timed_out = timed_out


def run_program(interp, test_path, timeout=DEFAULT_TIMEOUT):
    """Run `interp NAME.py` with cwd = the test's directory."""
    test_path = os.path.abspath(test_path)
    cwd, name = os.path.split(test_path)
    # Own process group, so a timeout kills the interpreter and any children.
    p = subprocess.Popen([resolve_interp(interp), name], cwd=cwd,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=make_env(),
                         start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            p.kill()
        out, err = p.communicate()
        return Result(out, err, None, True)
    return Result(out, err, p.returncode, False)


def normalize_stderr(data, test_dir):
    """Normalize stderr bytes for comparison.

    * Lines consisting only of whitespace and '^'/'~' characters (caret
      lines) are dropped: pyco prints them where CPython 3.11 does not, and
      the ranges differ.
    * CPython 3.11 reports the script as an absolute path in tracebacks
      (File "/abs/dir/x.py"); the test directory prefix (and a leading
      './') is stripped so both sides read File "x.py".
    """
    test_dir = os.path.abspath(test_dir)
    prefixes = {test_dir, os.path.realpath(test_dir)}
    for pre in sorted(prefixes, key=len, reverse=True):
        data = data.replace(b'File "' + os.fsencode(pre) + b'/', b'File "')
    data = data.replace(b'File "./', b'File "')
    lines = data.splitlines(keepends=True)
    return b''.join(l for l in lines if not _CARET_LINE.match(l))


def err_text(result, test_dir):
    """Contents of a NAME.err file for this result, or None if clean."""
    if result.returncode == 0 and not result.stderr:
        return None
    return (b'exit: %d\n' % result.returncode
            + normalize_stderr(result.stderr, test_dir))


def expected_paths(test_path):
    base = os.path.splitext(test_path)[0]
    return base + '.exp', base + '.err'


def _read(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except FileNotFoundError:
        return None


def _diff(expected, actual, label):
    a = expected.decode('utf-8', 'backslashreplace').splitlines(keepends=True)
    b = actual.decode('utf-8', 'backslashreplace').splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, 'expected ' + label,
                                      'actual ' + label))
    lines = [l if l.endswith('\n') else l + '\n\\ No newline at end\n'
             for l in lines]
    text = ''.join(lines).splitlines(keepends=True)
    if len(text) > MAX_DIFF_LINES:
        more = len(text) - MAX_DIFF_LINES
        text = text[:MAX_DIFF_LINES] + ['... (%d more diff lines)\n' % more]
    return ''.join(text)


def check(interp, test_path, timeout=DEFAULT_TIMEOUT):
    """Run one test. Returns (ok, short_reason, details_text)."""
    test_path = os.path.abspath(test_path)
    exp_path, err_path = expected_paths(test_path)
    exp = _read(exp_path)
    if exp is None:
        return False, 'missing %s (run regen.py)' % os.path.basename(exp_path), ''
    exp_err = _read(err_path)
    if exp_err is None:
        exp_err = b''

    try:
        r = run_program(interp, test_path, timeout)
    except OSError as e:
        return False, 'cannot run %s: %s' % (interp, e), ''
    if r.timed_out:
        return False, 'TIMEOUT after %gs' % timeout, ''
    if r.returncode < 0:
        try:
            sig = signal.Signals(-r.returncode).name
        except ValueError:
            sig = 'signal %d' % -r.returncode
        detail = r.stderr.decode('utf-8', 'backslashreplace')[-3000:]
        return False, 'CRASH (%s)' % sig, detail

    details = []
    reasons = []
    if r.stdout != exp:
        reasons.append('stdout differs')
        details.append(_diff(exp, r.stdout, 'stdout'))
    got_err = err_text(r, os.path.dirname(test_path)) or b''
    if got_err != exp_err:
        reasons.append('exit/stderr differs')
        details.append(_diff(exp_err, got_err, 'exit+stderr'))
    if reasons:
        text = ''.join(details).splitlines(keepends=True)
        if len(text) > MAX_DIFF_LINES + 1:
            text = text[:MAX_DIFF_LINES] + ['... (diff truncated)\n']
        return False, ', '.join(reasons), ''.join(text)
    return True, 'ok', ''


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--pyco', required=True, help='interpreter to test')
    ap.add_argument('--timeout', type=float, default=DEFAULT_TIMEOUT)
    ap.add_argument('test')
    args = ap.parse_args(argv)
    check_interp(args.pyco)
    ok, reason, details = check(args.pyco, args.test, args.timeout)
    if ok:
        print('PASS %s' % args.test)
        return 0
    print('FAIL %s: %s' % (args.test, reason))
    if details:
        sys.stdout.write(details)
        if not details.endswith('\n'):
            sys.stdout.write('\n')
    return 1


if __name__ == '__main__':
    sys.exit(main())
