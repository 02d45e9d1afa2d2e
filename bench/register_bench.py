#!/usr/bin/env python3
"""Register benchmark: whole-process `oj eval` against the same computation in DuckDB.

For each size, writes a synthetic national register.csv with `oj generate-register`
beside the example survey, then runs, each as its own process (wall time and peak RSS
from wait4):
  * `oj eval --year 2015` (the whole year: survey, register, bakgrund, outputs);
  * DuckDB (Python package) running the SQL that `oj sql` compiles from the same
    indicator files: the six register indicators for kommun, län and riket, with
    suppression and secondary suppression, over the same CSV.
It also checks that DuckDB and oj publish the same result in every cell.

Usage (from the repository root): python3 bench/register_bench.py [ROWS ...]
Default sizes: 100000 1000000 10000000. Needs `pip install duckdb`.
"""
import csv, os, re, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OJ = os.path.join(ROOT, "target", "release", "oj")

DUCK = r"""
import duckdb, sys
con = duckdb.connect()
rows = con.execute(open(sys.argv[1]).read()).fetchall()
with open(sys.argv[2], 'w') as f:
    for r in rows:
        f.write(','.join(r) + '\n')
"""


def measured(cmd):
    """Runs cmd; returns (seconds, peak RSS in MB)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"failed: {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss / 1024


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000, 10_000_000]
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    example = os.path.join(ROOT, "data", "example")
    print("| rows | oj eval s | oj peak MB | DuckDB s | DuckDB peak MB | cells compared | differ |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    failures = []
    for rows in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            for sub in ["2014", "2015"]:
                os.makedirs(os.path.join(tmp, sub))
            shutil.copy(os.path.join(example, "units.csv"), tmp)
            shutil.copy(os.path.join(example, "2014", "survey.csv"), os.path.join(tmp, "2014"))
            for f in ["survey.csv", "bakgrund.csv"]:
                shutil.copy(os.path.join(example, "2015", f), os.path.join(tmp, "2015"))
            register = os.path.join(tmp, "2015", "register.csv")
            subprocess.run([OJ, "generate-register", "--year", "2015", "--rows", str(rows), "--seed", "7",
                            "--units", os.path.join(tmp, "units.csv"), "--out", register],
                           check=True, stdout=subprocess.DEVNULL)
            out = os.path.join(tmp, "out")
            oj_s, oj_mb = measured([OJ, "eval", "--year", "2015", "--data", tmp, "--out", out,
                                    "--indicators", os.path.join(ROOT, "indicators")])
            sql = os.path.join(tmp, "q.sql")
            with open(sql, "w") as f:
                subprocess.run([OJ, "sql", "--year", "2015", "--indicators", os.path.join(ROOT, "indicators"),
                                "--register", register, "--units", os.path.join(tmp, "units.csv")],
                               check=True, stdout=f)
            duck_py = os.path.join(tmp, "duck.py")
            with open(duck_py, "w") as f:
                f.write(DUCK)
            duck_out = os.path.join(tmp, "duck.csv")
            # The indicators the query computes, as `oj sql` names them.
            with open(sql) as f:
                register_ids = set(re.findall(r"'([a-z0-9_]+)' AS indicator", f.read()))
            dk_s, dk_mb = measured([sys.executable, duck_py, sql, duck_out])
            ours = {}
            with open(os.path.join(out, "results.csv"), newline="") as f:
                for r in csv.DictReader(f):
                    ours[(r["level"], r["unit"], r["indicator"])] = r["result"] or r["value"]
            compared = differ = 0
            with open(duck_out) as f:
                for line in f:
                    level, unit, ind, result, value = line.rstrip("\n").split(",")
                    compared += 1
                    differ += ours.get((level, unit, ind)) != (result or value)
            print(f"| {rows:,} | {oj_s:.2f} | {oj_mb:.0f} | {dk_s:.2f} | {dk_mb:.0f} | {compared} | {differ} |")
            # Every register cell of kommun, län and riket, and each the same.
            expected = sum(1 for (level, _, ind) in ours
                           if level in ("enhet", "lan", "riket") and ind in register_ids)
            if differ or not register_ids or compared != expected:
                failures.append(f"{rows} rows: {compared} cells compared of {expected}, {differ} differ")


    if failures:
        sys.exit("oj sql and oj eval disagree: " + "; ".join(failures))
    print("SQL backend: every register cell agrees with oj eval")


if __name__ == "__main__":
    main()
