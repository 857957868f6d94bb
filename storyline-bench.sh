#!/usr/bin/env bash
# Storyline's benchmarks, side by side with the CoreNLP baseline (GPL; benchmark-only, never shipped).
# Build first: mvn -B -q -Pbench -pl storyline-bench -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# bench flink --data FILE.jsonl: the Flink job on a MiniCluster with a local Kafka broker, at parallelism 1 and 2
# (storyline-flink's BenchFlink, run through Maven's reactor: no benchmark module needed).
if [ "${1:-}" = "flink" ]; then
  if [ "${2:-}" != "--data" ] || [ -z "${3:-}" ]; then
    echo "usage: storyline-bench.sh flink --data FILE.jsonl" >&2
    exit 2
  fi
  data="$(cd "$(dirname "$3")" && pwd)/$(basename "$3")"
  cd "$here"
  exec mvn -B -q -pl storyline-flink -am test -Dtest=BenchFlink -Dsurefire.failIfNoSpecifiedTests=false \
    -Dflink.test.jvm="${STORYLINE_BENCH_JAVA_OPTS:--Xmx2g}" -Dbench.data="$data"
fi
bench="$here/storyline-bench/target"
if [ ! -d "$bench/lib" ] || [ ! -d "$bench/classes" ]; then
  echo "storyline-bench: not built; build it with: mvn -B -q -Pbench -pl storyline-bench -am package -DskipTests" >&2
  exit 2
fi
cd "$here"
exec java ${STORYLINE_BENCH_JAVA_OPTS:--Xmx1g} -cp "$bench/classes:$bench/lib/*" org.storyline.bench.BenchMain "$@"
