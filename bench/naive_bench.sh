#!/usr/bin/env bash
# Whole-process timing of `oj eval --year 2015` (release build) against the naive Python
# implementation of the same methodology (bench/naive.py), side by side, on the example
# data; prints the ratio naive / oj.
#
# Usage (from anywhere; build first with `cargo build --release`):
#   bash bench/naive_bench.sh [N]        # N runs of each (default 10)
#   NAIVE_ONLY=1 bash bench/naive_bench.sh   # time only the Python side (no binary needed)
#
# Uses hyperfine when it is installed (2 warm-up runs, then N), else (or with
# INTERLEAVE=1) a Python loop with time.perf_counter that alternates the commands run by
# run, so that a machine whose speed drifts (a shared virtual machine) slows both alike;
# it prints medians. naive.py is checked against the
# reference results first (bench/compare_naive.py), so it is timed only when it computes
# the same thing.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10}"
OJ=target/release/oj
OJ_CMD="$OJ eval --year 2015 --data data/example --out /tmp/oj-bench"
NAIVE_CMD="python3 bench/naive.py --year 2015 --data data/example --out /tmp/naive-bench"

python3 bench/compare_naive.py --year 2015 >/dev/null || {
    echo "naive.py does not match the reference results: run python3 bench/compare_naive.py" >&2
    exit 1
}

if [ "${NAIVE_ONLY:-0}" = 1 ]; then
    CMDS=("$NAIVE_CMD")
else
    if [ ! -x "$OJ" ]; then
        echo "no $OJ: build it with cargo build --release (or set NAIVE_ONLY=1)" >&2
        exit 1
    fi
    CMDS=("$OJ_CMD" "$NAIVE_CMD")
fi

if [ "${INTERLEAVE:-0}" != 1 ] && command -v hyperfine >/dev/null 2>&1; then
    json=$(mktemp)
    hyperfine --warmup 2 --runs "$N" --export-json "$json" "${CMDS[@]}"
    python3 - "$json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
for x in r:
    print(f"{x['command']}: mean {x['mean'] * 1000:.1f} ms, min {x['min'] * 1000:.1f} ms")
if len(r) == 2:
    print(f"ratio naive / oj: {r[1]['mean'] / r[0]['mean']:.1f}x (mean), "
          f"{r[1]['min'] / r[0]['min']:.1f}x (min)")
EOF
    rm -f "$json"
else
    echo "timing with a Python loop (time.perf_counter, $N runs each, alternating)"
    python3 - "$N" "${CMDS[@]}" <<'EOF'
import shlex, statistics, subprocess, sys, time
n, cmds = int(sys.argv[1]), sys.argv[2:]
times = [[] for _ in cmds]
for cmd in cmds:
    subprocess.run(shlex.split(cmd), check=True, stdout=subprocess.DEVNULL)  # warm-up
for _ in range(n):
    for cmd, ts in zip(cmds, times):
        start = time.perf_counter()
        subprocess.run(shlex.split(cmd), check=True, stdout=subprocess.DEVNULL)
        ts.append(time.perf_counter() - start)
stats = []
for cmd, ts in zip(cmds, times):
    med, best = statistics.median(ts), min(ts)
    stats.append((med, best))
    print(f"{cmd}\n    median {med * 1000:.1f} ms, min {best * 1000:.1f} ms ({n} runs)")
if len(stats) == 2:
    (om, ob), (nm, nb) = stats
    print(f"ratio naive / oj: {nm / om:.1f}x (median), {nb / ob:.1f}x (min)")
EOF
fi
