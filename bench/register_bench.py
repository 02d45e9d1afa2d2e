#!/usr/bin/env python3
"""Register benchmark: whole-process `oj eval` against the same computation in DuckDB.

For each size, writes a synthetic national register.csv with `oj generate-register`
beside the example survey, then runs, each as its own process (wall time and peak RSS
from wait4):
  * `oj eval --year 2015` (the whole year: survey, register, bakgrund, outputs);
  * DuckDB (Python package) computing the six register indicators over the same CSV
    for kommun, län and riket, with the §4 suppression rule (not the secondary one,
    a post-step over ~2000 cells).
It also checks that DuckDB and oj publish the same figure in every cell both publish.

Usage (from the repository root): python3 bench/register_bench.py [ROWS ...]
Default sizes: 100000 1000000 10000000. Needs `pip install duckdb`.
"""
import csv, os, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OJ = os.path.join(ROOT, "target", "release", "oj")

SQL = r"""
WITH r AS (
  SELECT * FROM read_csv('{path}', header = true, auto_detect = false, columns = {{
    'lopnr': 'BIGINT', 'fodelsear': 'INTEGER', 'fodd_i_sverige': 'INTEGER',
    'placerande_kommun': 'VARCHAR', 'placerad_hela_ak9': 'INTEGER', 'pnr_ok': 'INTEGER',
    'folkbokford': 'INTEGER', 'grundskola_behorig': 'INTEGER',
    'gymnasie_hogskolebehorig': 'INTEGER'}})
), c AS (
  SELECT placerande_kommun AS k, substr(placerande_kommun, 1, 2) AS lan, fodd_i_sverige AS s,
    count(*) FILTER (WHERE p96) AS n, count(*) FILTER (WHERE p96 AND grundskola_behorig IS NULL) AS m,
    count(*) FILTER (WHERE p96 AND grundskola_behorig = 1) AS t,
    count(*) FILTER (WHERE p93) AS n93, count(*) FILTER (WHERE p93 AND gymnasie_hogskolebehorig = 1) AS g
  FROM (SELECT *,
      fodelsear BETWEEN 1988 AND 1996 AND placerad_hela_ak9 = 1 AND pnr_ok = 1
        AND NOT (grundskola_behorig IS NULL AND folkbokford = 0) AS p96,
      fodelsear BETWEEN 1988 AND 1993 AND placerad_hela_ak9 = 1 AND pnr_ok = 1
        AND NOT (gymnasie_hogskolebehorig IS NULL AND folkbokford = 0) AS p93
    FROM r)
  GROUP BY ALL
), lv AS (
  SELECT CASE WHEN k IS NOT NULL THEN 'enhet' WHEN lan IS NOT NULL THEN 'lan' ELSE 'riket' END AS level,
    coalesce(k, lan, 'riket') AS unit,
    CASE WHEN grouping(s) = 1 THEN '' WHEN s = 1 THEN '_sverige' ELSE '_utland' END AS sub,
    sum(n)::HUGEINT AS n, sum(m)::HUGEINT AS m, sum(t)::HUGEINT AS t, sum(n93)::HUGEINT AS n93, sum(g)::HUGEINT AS g
  FROM c GROUP BY GROUPING SETS ((k, lan, s), (k, lan), (lan, s), (lan), (s), ())
)
SELECT level, unit, 'behorig_gy' || sub AS indicator,
  CASE WHEN n < 20 OR t BETWEEN 1 AND 3 OR n - t BETWEEN 1 AND 3 THEN 'x'
       ELSE ((2 * 1000 * t + (10 * n - 3 * m)) // (2 * (10 * n - 3 * m)))::VARCHAR || '.0' END AS value
FROM lv
UNION ALL
SELECT level, unit, 'hogskolebehorig' || sub,
  CASE WHEN n93 < 20 OR g BETWEEN 1 AND 3 OR n93 - g BETWEEN 1 AND 3 THEN 'x'
       ELSE ((2 * 1000 * g * n + n93 * (10 * n - 3 * m)) // (2 * n93 * (10 * n - 3 * m)))::VARCHAR || '.0' END
FROM lv
ORDER BY 1, 2, 3
"""

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
    for rows in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            for sub in ["2014", "2015"]:
                os.makedirs(os.path.join(tmp, sub))
            shutil.copy(os.path.join(example, "units.csv"), tmp)
            shutil.copy(os.path.join(example, "2014", "survey.csv"), os.path.join(tmp, "2014"))
            for f in ["survey.csv", "bakgrund.csv"]:
                shutil.copy(os.path.join(example, "2015", f), os.path.join(tmp, "2015"))
            register = os.path.join(tmp, "2015", "register.csv")
            subprocess.run([OJ, "generate-register", "--rows", str(rows), "--seed", "7",
                            "--units", os.path.join(tmp, "units.csv"), "--out", register],
                           check=True, stdout=subprocess.DEVNULL)
            out = os.path.join(tmp, "out")
            oj_s, oj_mb = measured([OJ, "eval", "--year", "2015", "--data", tmp, "--out", out,
                                    "--indicators", os.path.join(ROOT, "indicators")])
            sql = os.path.join(tmp, "q.sql")
            with open(sql, "w") as f:
                f.write(SQL.format(path=register))
            duck_py = os.path.join(tmp, "duck.py")
            with open(duck_py, "w") as f:
                f.write(DUCK)
            duck_out = os.path.join(tmp, "duck.csv")
            dk_s, dk_mb = measured([sys.executable, duck_py, sql, duck_out])
            ours = {}
            with open(os.path.join(out, "results.csv"), newline="") as f:
                for r in csv.DictReader(f):
                    ours[(r["level"], r["unit"], r["indicator"])] = r["result"] or r["value"]
            compared = differ = 0
            with open(duck_out) as f:
                for line in f:
                    level, unit, ind, value = line.rstrip("\n").split(",")
                    mine = ours.get((level, unit, ind))
                    # Secondary suppression is ours only: compare cells both publish.
                    if value != "x" and mine not in (None, "x"):
                        compared += 1
                        differ += value != mine
            print(f"| {rows:,} | {oj_s:.2f} | {oj_mb:.0f} | {dk_s:.2f} | {dk_mb:.0f} | {compared} | {differ} |")


if __name__ == "__main__":
    main()
