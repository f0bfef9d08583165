#!/usr/bin/env bash
# Task floors (performance.md "Task floors"). One JMH run per jar, run one after another so they do not
# compete for cores: FloorBenchmark (what the JVM charges for a virtual thread, a pool task, a queue
# hand-off, a sleeping virtual thread) and StepBenchmark for virtual-threads, thread-pool and queue at
# 50x90 from the glider. With a second jar (e.g. one built from an older commit, which needs
# FloorBenchmark.java copied in), the two alternate ROUNDS times. For each run it prints every
# benchmark's median with min..max over its iterations, and each strategy's per-cell time as a
# multiple of its floor measured in the same run.
# Usage: src/test/bench/floors.sh [other lifefx.jar] ; ROUNDS=2 by default.
set -euo pipefail
here="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$here"
java_bin="${LIFEFX_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[ -f target/lifefx.jar ] || mvn -B -q -DskipTests package
mkdir -p target/bench
jars=(target/lifefx.jar)
[ $# -ge 1 ] && jars=("$1" target/lifefx.jar)
files=()
for round in $(seq 1 "${ROUNDS:-2}"); do
  for i in "${!jars[@]}"; do
    out="target/bench/floors-$i-$round.json"
    echo "== $(uptime)  ${jars[$i]} round $round" >&2
    "$java_bin" -jar "${jars[$i]}" jmh 'FloorBenchmark|StepBenchmark' \
      -p strategy=virtual-threads,thread-pool,queue -p grid=50x90 -p start=glider \
      -f 1 -wi 5 -i 10 -w 1s -r 1s -rf json -rff "$out" > "target/bench/floors-$i-$round.log" 2>&1
    files+=("${jars[$i]}=$out")
  done
done
echo "== $(uptime)" >&2
python3 - "${files[@]}" <<'PY'
import json, statistics, sys
CELLS = 4500
FLOOR = {"virtual-threads": "virtualThreadStartJoinFromVirtual", "thread-pool": "poolSubmitGet", "queue": "queueHandOff"}
OLD_FLOOR = {"virtual-threads": "virtualThreadStartJoin"}  # started from the platform thread, as before
for arg in sys.argv[1:]:
    jar, path = arg.split("=", 1)
    ns = {}
    for r in json.load(open(path)):
        name = r["params"].get("strategy") if r.get("params") else None
        name = name or r["benchmark"].rsplit(".", 1)[1]
        scale = {"ns/op": 1, "us/op": 1e3, "ms/op": 1e6}[r["primaryMetric"]["scoreUnit"]]
        xs = [x * scale / (CELLS if name in FLOOR else 1) for f in r["primaryMetric"]["rawData"] for x in f]
        ns[name] = xs
    print(f"== {jar} ({path}); ns per op (per cell for the strategies), median [min..max]")
    for k, xs in ns.items():
        print(f"  {k:30s} {statistics.median(xs):12.1f} [{min(xs):.1f}..{max(xs):.1f}]")
    for s, f in FLOOR.items():
        if s in ns and f in ns:
            print(f"  {s} / {f}: {statistics.median(ns[s]) / statistics.median(ns[f]):.2f}x")
    for s, f in OLD_FLOOR.items():
        if s in ns and f in ns:
            print(f"  {s} / {f} (old floor, platform thread starts): {statistics.median(ns[s]) / statistics.median(ns[f]):.2f}x")
    a, b = ns.get("virtualThreadsStepLatency1ms"), ns.get("virtualThreadsSleep1msFanOut")
    if a and b:
        print(f"  latency 1ms, virtual-threads / sleeping fan-out: {statistics.median(a) / statistics.median(b):.2f}x")
PY
