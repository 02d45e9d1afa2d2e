#!/usr/bin/env python3
"""Survey benchmark: whole-process `oj check` of both years and `oj eval` of each year
on the bundled example data, release build. Prints the best of N runs (wall time) and
the peak resident memory, from wait4.

Usage (from the repository root): python3 bench/survey_bench.py [N]
"""
import os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OJ = os.path.join(ROOT, "target", "release", "oj")


def best(cmd, n):
    times, peak = [], 0
    for _ in range(n):
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(p.pid, 0)
        times.append(time.perf_counter() - start)
        peak = max(peak, usage.ru_maxrss / 1024)
        if status != 0:
            sys.exit(f"failed: {' '.join(cmd)}")
    return min(times) * 1000, peak


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    print("| command | best of %d, ms | peak MB |" % n)
    print("|---|---:|---:|")
    with tempfile.TemporaryDirectory() as out:
        for label, cmd in [
            ("oj check indicators (2014 and 2015)", [OJ, "check", "indicators"]),
            ("oj eval --year 2014", [OJ, "eval", "--year", "2014", "--data", "data/example", "--out", out]),
            ("oj eval --year 2015 (with register and bakgrund)", [OJ, "eval", "--year", "2015", "--data", "data/example", "--out", out]),
        ]:
            ms, mb = best(cmd, n)
            print(f"| `{label}` | {ms:.1f} | {mb:.0f} |")


if __name__ == "__main__":
    main()
