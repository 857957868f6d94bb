#!/usr/bin/env bash
# Storyline's benchmarks, side by side with the CoreNLP baseline (GPL; benchmark-only, never shipped).
# Build first: mvn -B -q -Pbench -pl storyline-bench -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench="$here/storyline-bench/target"
if [ ! -d "$bench/lib" ] || [ ! -d "$bench/classes" ]; then
  echo "storyline-bench: not built; build it with: mvn -B -q -Pbench -pl storyline-bench -am package -DskipTests" >&2
  exit 2
fi
cd "$here"
exec java ${STORYLINE_BENCH_JAVA_OPTS:--Xmx1g} -cp "$bench/classes:$bench/lib/*" org.storyline.bench.BenchMain "$@"
