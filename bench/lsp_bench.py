#!/usr/bin/env python3
"""Keystroke latency of `oj lsp`: the time from a didChange of a file of the 2015 year
(which inherits 2014) to the diagnostics of that file, as an editor waits for them.
Whole process over stdio, release build; prints median, 95th percentile and max.

    cargo build --release && python3 bench/lsp_bench.py [N]
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tmp = tempfile.mkdtemp()
shutil.copytree(os.path.join(root, "indicators"), os.path.join(tmp, "indicators"))
path = os.path.join(tmp, "indicators", "2015", "11_kompetens.oj")
uri = "file://" + path
text = open(path, encoding="utf-8").read()

p = subprocess.Popen([os.path.join(root, "target", "release", "oj"), "lsp"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)

def send(msg):
    body = json.dumps(msg).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    p.stdin.flush()

def read():
    n = 0
    while True:
        line = p.stdout.readline().strip()
        if not line:
            break
        if line.startswith(b"Content-Length:"):
            n = int(line.split()[1])
    return json.loads(p.stdout.read(n))

def diagnostics_of(u):
    while True:
        m = read()
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == u:
            return m["params"]["diagnostics"]

send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "capabilities": {}}})
while read().get("id") != 1:
    pass
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "oj", "version": 0, "text": text}}})
diagnostics_of(uri)
times = []
for i in range(N):
    # A keystroke: a letter typed into (and removed from) the file's first comment.
    edited = text.replace("#", "#" + "x" * (i % 2), 1)
    start = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": i + 1},
                     "contentChanges": [{"text": edited}]}})
    diagnostics_of(uri)
    times.append((time.perf_counter() - start) * 1000)
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
while read().get("id") != 2:
    pass
send({"jsonrpc": "2.0", "method": "exit"})
p.wait()
shutil.rmtree(tmp)
times.sort()
print(f"{N} keystrokes: median {statistics.median(times):.1f} ms, "
      f"95th percentile {times[int(0.95 * (N - 1))]:.1f} ms, max {times[-1]:.1f} ms")
