#!/usr/bin/env bash
# Torus: packed keeps bits, against the C kernel and the memory bandwidth. One session, each run
# after the other so they do not compete for cores, at 1024x1024 (two generations' words: 256 KiB,
# in L2), 4096x4096 (4 MiB, in L3) and 16384x16384 (64 MiB, in memory), 35% B3/S23 soup:
#   1. the C kernel src/test/c/life64.c (gcc -O3 -march=native), 1 thread, then 2 OpenMP threads;
#   2. the bandwidth yardstick: one read and one write stream of one generation's words (life64 copy);
#   3. a packed TorusUniverse stepping one generation (JMH TorusStepBenchmark), 1 and 2 threads,
#      with the Vector API kernel, then at 4096x4096 with the scalar kernel (-Dlifefx.packed.kernel=scalar).
# Prints each figure as a median with min..max, in ms per generation and in cell updates per second.
# JMH runs 3 forks of each: one fork alone can land on a slower JIT outcome (seen: 0.31 against
# 0.51 ms at 4096x4096 in two forks of the same jar). Usage: src/test/bench/torus-packed.sh   (about eight minutes)
set -euo pipefail
here="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$here"
java_bin="${LIFEFX_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[ -f target/lifefx.jar ] || mvn -B -q -DskipTests package
mkdir -p target/bench
gcc -O3 -march=native -o target/life64 src/test/c/life64.c
gcc -O3 -march=native -fopenmp -o target/life64-omp src/test/c/life64.c
echo "== $(date -u '+%F %T') UTC, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for side in 1024 4096 16384; do
  gens=$(( 200 * 4096 / side * 4096 / side )); [ "$gens" -lt 20 ] && gens=20
  echo "== C kernel, ${side}x${side}, 1 thread: $(target/life64 "$side" "$side" "$gens" 5 | tail -n 1)"
  echo "== C kernel, ${side}x${side}, 2 threads: $(OMP_WAIT_POLICY=passive OMP_NUM_THREADS=2 target/life64-omp "$side" "$side" "$gens" 5 | tail -n 1)"
  echo "== bandwidth, ${side}x${side}: $(target/life64 copy $(( side * side / 8 / 1024 )) | tail -n 1)"
done
jmh=(-f 3 -wi 5 -i 5 -w 1s -r 1s -rf json)
vm=(--add-modules jdk.incubator.vector)
# Both sides on transparent huge pages where the kernel offers them (life64 advises its arrays onto
# them unless LIFE64_HUGEPAGES=0): on 4 KiB pages a JVM fork's speed depended on where its pages landed.
if grep -qs -e '\[always\]' -e '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled; then
  vm+=(-XX:+UseTransparentHugePages)
fi
"$java_bin" "${vm[@]}" -jar target/lifefx.jar jmh TorusStepBenchmark -p grid=1024x1024,4096x4096,16384x16384 \
  -p threads=1,2 "${jmh[@]}" -rff target/bench/torus-vector.json > target/bench/torus-vector.log 2>&1
"$java_bin" "${vm[@]}" -jar target/lifefx.jar jmh TorusStepBenchmark -p grid=4096x4096 -p threads=1,2 \
  -jvmArgsAppend -Dlifefx.packed.kernel=scalar "${jmh[@]}" -rff target/bench/torus-scalar.json > target/bench/torus-scalar.log 2>&1
echo "== $(date -u '+%F %T') UTC, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - target/bench/torus-vector.json target/bench/torus-scalar.json <<'PY'
import json, statistics, sys
for path, kernel in zip(sys.argv[1:], ["vector", "scalar"]):
    for r in json.load(open(path)):
        ms = [x for fork in r["primaryMetric"]["rawData"] for x in fork]
        cells = 1
        for side in r["params"]["grid"].split("x"):
            cells *= int(side)
        med = statistics.median(ms)
        print("== packed (%s kernel), %s, %s threads: %.3f ms/generation (%.3f..%.3f), %.2f G cell updates/s (%.2f..%.2f)" % (
            kernel, r["params"]["grid"], r["params"]["threads"], med, min(ms), max(ms),
            cells / med / 1e6, cells / max(ms) / 1e6, cells / min(ms) / 1e6))
PY
