#!/usr/bin/env python3
"""Runs bench/naive.py on the example data and compares its results.csv with the
reference results (an independent implementation of methodology.md) on the contract's
first eight columns, row by row: `year,level,unit,indicator,result,value,numerator,
denominator`, as exact strings.

Usage (from the repository root):
    python3 bench/compare_naive.py                 # 2015
    python3 bench/compare_naive.py --year 2014
    python3 bench/compare_naive.py --year 2014 --year 2015

Expected files: EXPECTED/results-YEAR.csv and, where it exists, EXPECTED/register-YEAR.csv
(default EXPECTED: tests/expected, a copy of /work/shared/reference/example/expected).
Every expected row must be in naive.py's output with the same eight columns. A row of
ours that the expected files lack is a mismatch too, unless the expected files have no
row at all for that indicator and level (then that level is not compared).
Prints the number of rows compared and every mismatch; exit status 1 on any mismatch.
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def compare_year(year, data, expected_dir, show):
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "naive.py"),
                        "--year", str(year), "--data", data, "--out", out],
                       check=True, cwd=ROOT)
        elapsed = time.perf_counter() - start
        header, ours_rows = read(os.path.join(out, "results.csv"))
    ours = {}
    for r in ours_rows:
        key = tuple(r[:4])
        if key in ours:
            print(f"{year}: naive.py wrote {key} twice")
        ours[key] = r[:8]

    mismatches, compared, covered = [], 0, set()
    for name in (f"results-{year}.csv", f"register-{year}.csv"):
        path = os.path.join(expected_dir, name)
        if not os.path.exists(path):
            continue
        exp_header, exp_rows = read(path)
        if exp_header[:8] != header[:8]:
            mismatches.append(f"{name}: header {exp_header[:8]} != ours {header[:8]}")
        for r in exp_rows:
            key = tuple(r[:4])
            covered.add((r[3], r[1]))  # (indicator, level)
            compared += 1
            mine = ours.pop(key, None)
            if mine is None:
                mismatches.append(f"{name}: missing in ours: {r[:8]}")
            elif mine != r[:8]:
                mismatches.append(f"{name}: expected {r[:8]}\n{' ' * (len(name) + 6)}ours {mine}")
    extra = [r for k, r in ours.items() if (k[3], k[1]) in covered]
    for r in extra:
        mismatches.append(f"not in the expected files: {r}")
    skipped = len(ours) - len(extra)

    print(f"{year}: {compared} rows compared, {len(mismatches)} mismatches"
          + (f" ({skipped} rows of levels the expected files lack not compared)" if skipped else "")
          + f"; naive.py took {elapsed:.2f} s")
    for m in mismatches[:show]:
        print("  " + m)
    if len(mismatches) > show:
        print(f"  … and {len(mismatches) - show} more")
    return not mismatches


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--year", type=int, action="append")
    p.add_argument("--data", default="data/example")
    p.add_argument("--expected", default=os.path.join(ROOT, "tests", "expected"))
    p.add_argument("--show", type=int, default=40, help="mismatches to print per year")
    args = p.parse_args()
    ok = True
    for year in args.year or [2015]:
        ok &= compare_year(year, args.data, args.expected, args.show)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
