#!/bin/bash
# First searches at 50 clients against a fresh server: starts `serve` on STORE (with the collector
# ./storyline serve uses; its renderer off, so that it does not run beside the searches), warms it
# with the searches of WARM asked once each by two clients (at most WARM_SECONDS, default 90 s: on a
# busy machine the JIT has not settled by then), then asks the searches of
# COLD once each for 10 s with 50 clients, and prints wrk's latencies, the server's CPU during those
# 10 s (from /proc/PID/stat) and the load.
#   tools/web/first-searches.sh JAR STORE WARM COLD PORT [serve options, e.g. --search-threads 1024]
# WARM and COLD hold search API addresses, one a line (tools/web/search-queries.py draws them).
set -euo pipefail
JAR=$1; STORE=$2; WARM=$3; COLD=$4; PORT=$5; shift 5
ONCE="$(cd "$(dirname "$0")" && pwd)/once.lua"
LOG=$(mktemp)
java -XX:+UseParallelGC -jar "$JAR" serve --store "$STORE" --port "$PORT" --story-memory 0 "$@" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 120); do grep -q Serving "$LOG" && break; sleep 1; done
cpu() { awk '{print ($14 + $15) / 100}' "/proc/$PID/stat"; }
echo "== $(date -u +%H:%M:%S) $(uptime)"
STOP=1 THREADS=2 PATHS="$WARM" wrk -t2 -c2 -d"${WARM_SECONDS:-90}s" --timeout 10s -s "$ONCE" "http://127.0.0.1:$PORT" | grep -E "requests in|Non-2xx" || true
C0=$(cpu)
STOP=1 THREADS=2 PATHS="$COLD" wrk -t2 -c50 -d10s --timeout 10s -s "$ONCE" --latency "http://127.0.0.1:$PORT"
C1=$(cpu)
echo "server CPU in the run: $(echo "$C1 - $C0" | bc) s; after: $(uptime)"
