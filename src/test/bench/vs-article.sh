#!/usr/bin/env bash
# The article's Python beside `lifefx bench`, in the same minutes (performance.md "Task floors"): per round,
# asyncio then virtual-threads, the article's single thread then sequential, on one grid. Java is
# measured warm (JIT warm-up is not a strategy's cost): --warmup generations first, untimed.
# Python's seconds are for STEPS generations (PY_STEPS, fewer at 500x900 if asked, scaled to STEPS).
# Usage: src/test/bench/vs-article.sh H W [ROUNDS] ; env: STEPS=100 PY_STEPS=STEPS VT_WARMUP=2000
#        SEQ_WARMUP=20000 OTHER_JAR=path (an older jar, timed after this one each round) MODES="asyncio sync"
set -euo pipefail
here="$(cd "$(dirname "$0")/../../.." && pwd)"
java_bin="${LIFEFX_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
h=$1; w=$2; rounds=${3:-3}
steps=${STEPS:-100}; py_steps=${PY_STEPS:-$steps}
jars=("$here/target/lifefx.jar"); [ -n "${OTHER_JAR:-}" ] && jars+=("$OTHER_JAR")
for r in $(seq 1 "$rounds"); do
  for mode in ${MODES:-asyncio sync}; do
    echo "== round $r $(date -u +%H:%M:%S) $(uptime | sed 's/.*load/load/')"
    (cd "$here/../shared" && python3 peers/article_life.py "$mode" "$h" "$w" "$py_steps") | sed "s/\$/ (scale x$steps\/$py_steps)/"
    if [ "$mode" = asyncio ]; then strat=virtual-threads; warm=${VT_WARMUP:-2000}; else strat=sequential; warm=${SEQ_WARMUP:-20000}; fi
    for jar in "${jars[@]}"; do
      echo -n "$jar: "
      "$java_bin" -jar "$jar" bench --strategies "$strat" --grid "${h}x${w}" --steps "$steps" --warmup "$warm" --format csv 2>/dev/null | tail -1
    done
  done
done
