#!/usr/bin/env python3
"""Runs the benchmarks in bench/ under pyco and python3 and prints a comparison table.

    bench/run.py                     every benchmark at full size, 3 rounds, pyco = build/release/pyco
    bench/run.py fib 'n*'            only these benchmarks (names or fnmatch patterns)
    bench/run.py --rounds 5 --pyco build/debug/pyco
    bench/run.py --quick             tiny sizes, one round (a smoke test)
    bench/run.py --quick --check-only  only compare checksums (what CI runs; never looks at times)

Each benchmark prints a checksum; pyco's output must equal python3's byte for byte, and a mismatch (or a
crash, or a non-zero exit) is reported loudly and makes the exit status 1. A benchmark that prints a first
line starting with "skipped:" under pyco (e.g. no json module yet) is shown as skipped and left out of the
geometric mean.

Times are the median over the rounds of the child's user+sys CPU time (from wait4), which is far steadier
than wall time on a shared machine; --timer wall switches to wall-clock time. Runs alternate between pyco
and python3 (and swap order every round) so that drifting machine load hits both alike. Peak RSS is the
child's own, measured with GNU time's %M (/usr/bin/time; see run_child for why not our wait4). Start-up
is `-c pass`, run many times, median.
"""

import argparse
import fnmatch
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)

# Size argument for --quick (tiny: the CI runs these in the asan and gc-stress builds too).
QUICK_SIZES = {
    "attrs": 40,
    "exceptions": 500,
    "fib": 15,
    "generators": 2000,
    "json_roundtrip": 40,
    "loops": 400,
    "mandelbrot": 16,
    "nbody": 100,
    "nqueens": 6,
    "pidigits": 60,
    "richards": 1,
    "sorting": 600,
    "spectral_norm": 12,
    "strings": 400,
    "sudoku": 1,
    "wordfreq": 2000,
}


class Run:
    """One finished child process."""

    def __init__(self, status, out, err, wall, cpu, rss_kb):
        self.status = status
        self.out = out
        self.err = err
        self.wall = wall
        self.cpu = cpu
        self.rss_kb = rss_kb

    def ok(self):
        return self.status == 0


TIME_TOOL = "/usr/bin/time"  # GNU time: its %M is the child's own peak RSS (see run_child)
HAVE_TIME_TOOL = os.access(TIME_TOOL, os.X_OK)


def run_child(argv, cwd, timeout, rss=None):
    """Runs argv with stdout/stderr to temporary files; returns a Run with CPU time from wait4.

    Peak RSS can't come from our own wait4: Popen starts the child with vfork/fork from this python
    process, and Linux folds the pre-exec memory's high-water mark (this process's ~10+ MB) into the
    child's ru_maxrss. So with rss=True the child runs under GNU time (a small C program that forks and
    execs it), whose %M is max(the child's peak RSS, about 1 MB for time's own pre-exec image): see
    rss_floor(). Its CPU time counts in our wait4 too, but it is well under a millisecond.
    """
    if rss is None:
        rss = HAVE_TIME_TOOL
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r") as rss_file:
        if rss:
            argv = [TIME_TOOL, "-f", "%M", "-o", rss_file.name] + argv
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                start_new_session=True)
        # A blocking wait4 (no polling, so short runs are timed precisely); a timer kills a runaway child
        # (its whole process group, so a child of GNU time dies too).
        timed_out = []
        killer = threading.Timer(timeout, lambda: (timed_out.append(1), os.killpg(proc.pid, signal.SIGKILL)))
        killer.start()
        _, wstatus, usage = os.wait4(proc.pid, 0)
        killer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = 0  # reaped here: keep Popen from waiting again
        if os.WIFSIGNALED(wstatus):
            status = -os.WTERMSIG(wstatus)
        else:
            status = os.WEXITSTATUS(wstatus)
        rss_kb = usage.ru_maxrss
        if rss:
            report = rss_file.read().split("\n")
            rss_kb = 0
            for line in report:
                if line.strip().isdigit():
                    rss_kb = int(line)
                elif line.startswith("Command terminated by signal"):
                    status = -int(line.split()[-1])
                elif line.startswith("Command exited with non-zero status"):
                    status = int(line.split()[-1])
        if timed_out:
            status = "timeout"
        out.seek(0)
        err.seek(0)
        return Run(status, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   wall, usage.ru_utime + usage.ru_stime, rss_kb)


def rss_floor():
    """The smallest peak RSS GNU time can report (that of a trivial program, /bin/true)."""
    return run_child(["/bin/true"], "/", 30, rss=True).rss_kb


def discover():
    names = []
    for f in sorted(os.listdir(BENCH_DIR)):
        if f.endswith(".py") and f != "run.py" and not f.startswith("_"):
            names.append(f[:-3])
    return names


def select(names, patterns):
    if not patterns:
        return names
    chosen = [n for n in names if any(fnmatch.fnmatchcase(n, p) for p in patterns)]
    unknown = [p for p in patterns if not any(fnmatch.fnmatchcase(n, p) for n in names)]
    if unknown:
        sys.exit(f"run.py: no benchmark matches {', '.join(unknown)} (have: {' '.join(names)})")
    return chosen


def describe_failure(run):
    if run.status == "timeout":
        return "timed out"
    if isinstance(run.status, int) and run.status < 0:
        return f"killed by signal {-run.status}"
    tail = run.err.strip().splitlines()[-1:] or [""]
    return f"exit {run.status}: {tail[0]}"


def first_line(text):
    return text.split("\n", 1)[0]


def fmt_kb(kb):
    return f"{kb / 1024:.1f}M" if kb >= 1024 else f"{kb}K"


def fmt_time(seconds):
    if seconds < 0.01:
        return f"{seconds * 1000:.2f}ms"
    return f"{seconds:.3f}s"


def geomean(values):
    if not values:
        return float("nan")
    prod = 1.0
    for v in values:
        prod *= v
    return prod ** (1.0 / len(values))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="benchmarks to run (names or fnmatch patterns; default all)")
    ap.add_argument("--pyco", default=os.path.join(REPO_DIR, "build", "release", "pyco"))
    ap.add_argument("--python", default=None,
                    help="the reference interpreter (default: the real executable behind `python3`, resolved once so "
                         "that a wrapper such as pyenv's shim is not timed)")
    ap.add_argument("--rounds", type=int, default=None, help="runs of each benchmark per interpreter (3)")
    ap.add_argument("--quick", action="store_true", help="tiny sizes, one round (for CI)")
    ap.add_argument("--check-only", action="store_true",
                    help="only run each benchmark once and compare checksums; print no times")
    ap.add_argument("--timer", choices=["cpu", "wall"], default="cpu",
                    help="time column: child user+sys CPU time (default) or wall-clock time")
    ap.add_argument("--startup-runs", type=int, default=None, help="runs of `-c pass` (default 50)")
    ap.add_argument("--timeout", type=float, default=None, help="seconds per run (default 300; quick 120)")
    args = ap.parse_args()

    if not HAVE_TIME_TOOL and not args.check_only:
        print(f"run.py: warning: no {TIME_TOOL}: peak RSS falls back to wait4's ru_maxrss, which includes "
              "this python's own pre-exec memory", file=sys.stderr)
    pyco = os.path.abspath(args.pyco)
    if not os.access(pyco, os.X_OK):
        sys.exit(f"run.py: no pyco binary at {pyco} (build it, or pass --pyco PATH)")
    if args.python is None:
        real = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"], capture_output=True, text=True)
        args.python = real.stdout.strip() or "python3"
    python = shutil.which(args.python) or args.python
    rounds = args.rounds if args.rounds is not None else (1 if args.quick or args.check_only else 3)
    startup_runs = args.startup_runs if args.startup_runs is not None else (5 if args.quick else 50)
    timeout = args.timeout if args.timeout is not None else (120 if args.quick else 300)
    names = select(discover(), args.names)
    missing_quick = [n for n in names if n not in QUICK_SIZES]
    if args.quick and missing_quick:
        sys.exit(f"run.py: no quick size for {', '.join(missing_quick)}: add it to QUICK_SIZES")

    interps = [("pyco", pyco), ("python3", python)]
    results = {n: {"pyco": [], "python3": []} for n in names}
    for r in range(rounds):
        for name in names:
            argv_tail = [name + ".py"]
            if args.quick:
                argv_tail.append(str(QUICK_SIZES[name]))
            order = interps if r % 2 == 0 else interps[::-1]
            for label, exe in order:
                run = run_child([exe] + argv_tail, BENCH_DIR, timeout)
                results[name][label].append(run)
            if not args.check_only:
                print(f"  round {r + 1}/{rounds} {name}", file=sys.stderr, flush=True)

    # Checksums: every pyco run must print exactly what python3's first run printed.
    problems = []
    skipped = {}
    for name in names:
        ref = results[name]["python3"][0]
        if not ref.ok():
            problems.append((name, f"python3 failed ({describe_failure(ref)})"))
            continue
        for run in results[name]["pyco"]:
            if run.ok() and first_line(run.out).startswith("skipped:"):
                skipped[name] = first_line(run.out)
                break
            if not run.ok():
                problems.append((name, f"pyco failed ({describe_failure(run)})"))
                break
            if run.out != ref.out:
                problems.append((name, "CHECKSUM MISMATCH\n" + diff_text(ref.out, run.out)))
                break

    bad = {name for name, _ in problems}
    if args.check_only:
        for name in names:
            state = "skipped (" + skipped[name] + ")" if name in skipped else ("FAIL" if name in bad else "ok")
            print(f"{name:16} {state}")
    else:
        print_table(names, results, skipped, bad, args.timer, rounds, pyco, python)
        print_startup_and_size(pyco, python, startup_runs, timeout)

    if problems:
        print("", file=sys.stderr)
        print("!" * 72, file=sys.stderr)
        for name, what in problems:
            print(f"!!! {name}: {what}", file=sys.stderr)
        print("!" * 72, file=sys.stderr)
        return 1
    if args.check_only:
        print(f"all {len(names) - len(skipped)} checksums match python3 ({len(skipped)} skipped)")
    return 0


def diff_text(expected, got):
    lines = []
    exp_lines = expected.splitlines()
    got_lines = got.splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        g = got_lines[i] if i < len(got_lines) else "<missing>"
        if e != g:
            lines.append(f"    line {i + 1}: python3: {e[:200]}")
            lines.append(f"    line {i + 1}: pyco:    {g[:200]}")
    return "\n".join(lines[:20])


def print_table(names, results, skipped, bad, timer, rounds, pyco, python):
    pyver = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                           capture_output=True, text=True).stdout.strip()
    what = "user+sys CPU" if timer == "cpu" else "wall-clock"
    print(f"pyco: {pyco}")
    print(f"python3: {python} ({pyver}); {platform.machine()}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"time = median {what} seconds of {rounds} round(s); RSS = peak resident set size (median)")
    print()
    header = f"{'benchmark':16} {'pyco':>9} {'python3':>9} {'ratio':>7} {'pyco RSS':>9} {'py3 RSS':>9} {'RSS ratio':>9}  check"
    print(header)
    print("-" * len(header))
    ratios = []
    rss_ratios = []
    for name in names:
        pyco_runs = results[name]["pyco"]
        py_runs = results[name]["python3"]
        py_t = statistics.median(r.cpu if timer == "cpu" else r.wall for r in py_runs)
        py_rss = int(statistics.median(r.rss_kb for r in py_runs))
        if name in skipped:
            print(f"{name:16} {'-':>9} {fmt_time(py_t):>9} {'-':>7} {'-':>9} {fmt_kb(py_rss):>9} {'-':>9}  "
                  f"{skipped[name]}")
            continue
        ok_runs = [r for r in pyco_runs if r.ok()]
        if not ok_runs:
            print(f"{name:16} {'FAILED':>9} {fmt_time(py_t):>9}  !!! {describe_failure(pyco_runs[0])}")
            continue
        t = statistics.median(r.cpu if timer == "cpu" else r.wall for r in ok_runs)
        rss = int(statistics.median(r.rss_kb for r in ok_runs))
        ratio = t / py_t if py_t > 0 else float("nan")
        rss_ratio = rss / py_rss if py_rss else float("nan")
        mark = "!!! MISMATCH" if name in bad else "ok"
        if name not in bad:
            ratios.append(ratio)
            rss_ratios.append(rss_ratio)
        print(f"{name:16} {fmt_time(t):>9} {fmt_time(py_t):>9} {ratio:7.2f} {fmt_kb(rss):>9} {fmt_kb(py_rss):>9} "
              f"{rss_ratio:9.2f}  {mark}")
    print("-" * len(header))
    print(f"{'geometric mean':16} {'':>9} {'':>9} {geomean(ratios):7.2f} {'':>9} {'':>9} {geomean(rss_ratios):9.2f}"
          f"  ({len(ratios)} benchmarks)")
    if ratios:
        slowest = max(zip(ratios, [n for n in names if n not in skipped and n not in bad]))
        print(f"slowest relative to python3: {slowest[1]} ({slowest[0]:.2f}x)")


def print_startup_and_size(pyco, python, runs, timeout):
    print()
    print(f"start-up: `-c pass`, median of {runs} runs (time: run directly; RSS: {min(runs, 10)} runs under "
          f"GNU time)")
    for label, exe in (("pyco", pyco), ("python3", python)):
        rs = [run_child([exe, "-c", "pass"], BENCH_DIR, timeout, rss=False) for _ in range(runs)]
        rss_runs = [run_child([exe, "-c", "pass"], BENCH_DIR, timeout) for _ in range(min(runs, 10))]
        failed = [r for r in rs + rss_runs if not r.ok()]
        if failed:
            print(f"  {label:8} !!! failed: {describe_failure(failed[0])}")
            continue
        wall = statistics.median(r.wall for r in rs)
        cpu = statistics.median(r.cpu for r in rs)
        rss = int(statistics.median(r.rss_kb for r in rss_runs)) if HAVE_TIME_TOOL else None
        rss_text = fmt_kb(rss) if rss is not None else "?"
        print(f"  {label:8} wall {fmt_time(wall):>8}  cpu {fmt_time(cpu):>8}  peak RSS {rss_text:>7}")
    if HAVE_TIME_TOOL:
        print(f"  (RSS floor of the measurement: {fmt_kb(rss_floor())} = GNU time running /bin/true)")
    size = os.path.getsize(pyco)
    stripped = "?"
    strip = shutil.which("strip")
    if strip:
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, "pyco")
            if subprocess.run([strip, "-o", copy, pyco], capture_output=True).returncode == 0:
                stripped = f"{os.path.getsize(copy) / 1024:.0f} KB"
    print(f"pyco binary: {size / 1024:.0f} KB, stripped {stripped}")


if __name__ == "__main__":
    sys.exit(main())
