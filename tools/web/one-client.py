#!/usr/bin/env python3
"""one-client.py PORT PATHS PID [N]: asks the first N paths of the file PATHS once each, one at a time on one
keep-alive connection to the server on 127.0.0.1:PORT (process PID), and prints the latencies and the
server's CPU per request, split by its threads (from /proc/PID/task/*/stat): request (Jetty's), jit
(the compilers: high until the server has run a while), gc and other."""
import http.client
import os
import sys
import time

port, paths_file, pid = int(sys.argv[1]), sys.argv[2], sys.argv[3]
paths = [line.strip() for line in open(paths_file) if line.strip()]
if len(sys.argv) > 4:
    paths = paths[:int(sys.argv[4])]
TICK = os.sysconf("SC_CLK_TCK")


def cpu_by_kind():
    out = {"request": 0.0, "jit": 0.0, "gc": 0.0, "other": 0.0}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            raw = open(f"/proc/{pid}/task/{task}/stat").read()
        except OSError:
            continue  # the thread ended
        name = raw[raw.index("(") + 1:raw.rindex(")")]
        fields = raw.rsplit(")", 1)[1].split()
        seconds = (int(fields[11]) + int(fields[12])) / TICK
        kind = ("request" if name.startswith(("JettyServerThr", "qtp")) else "jit" if "Compiler" in name
                else "gc" if name.startswith(("GC ", "G1 ")) else "other")
        out[kind] += seconds
    return out


conn = http.client.HTTPConnection("127.0.0.1", port)
latencies, size, failed = [], 0, 0
before, started = cpu_by_kind(), time.perf_counter()
for path in paths:
    t = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    latencies.append((time.perf_counter() - t) * 1000)
    size += len(body)
    failed += response.status != 200
after, wall = cpu_by_kind(), time.perf_counter() - started
latencies.sort()
n = len(paths)
q = lambda x: latencies[min(n - 1, int(x * n))]
per_request = {k: (after[k] - before[k]) * 1000 / n for k in after}
print(f"{n} requests ({failed} not 200, {size / n / 1024:.1f} KiB each): p50 {q(.5):.2f} ms, p90 {q(.9):.2f} ms, "
      f"p99 {q(.99):.2f} ms; server CPU {sum(per_request.values()):.2f} ms/request ("
      + ", ".join(f"{k} {v:.2f}" for k, v in per_request.items()) + f"); {wall:.1f} s")
