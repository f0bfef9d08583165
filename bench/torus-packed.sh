#!/usr/bin/env bash
# Torus: packed keeps bits. One session, run one after another so they do not compete for cores:
# the C kernel (src/test/c/life64.c, 1 thread, then 2 OpenMP threads), a packed TorusUniverse's step (words kept between
# generations, JMH TorusStepBenchmark), and the packed GenerationStrategy that takes and returns a
# byte grid (JMH StepBenchmark), on a 4096x4096 B3/S23 soup, 1 and 2 threads.
# Prints each figure as the median of the measured iterations with min..max, in ms per generation
# and in cell updates per second. Usage: bench/torus-packed.sh [other lifefx.jar for the byte grid figure]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
java_bin="${LIFEFX_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[ -f target/lifefx.jar ] || mvn -B -q -DskipTests package
mkdir -p target/bench
gcc -O3 -march=native -o target/life64 src/test/c/life64.c
gcc -O3 -march=native -fopenmp -o target/life64-omp src/test/c/life64.c
echo "== C kernel (gcc -O3 -march=native), 1 thread"
target/life64 4096 4096 200 5 | tail -n 1
echo "== C kernel (gcc -O3 -march=native -fopenmp), 2 threads"
OMP_WAIT_POLICY=passive OMP_NUM_THREADS=2 target/life64-omp 4096 4096 200 5 | tail -n 1
jmh_opts=(-f 1 -wi 3 -i 5 -w 1s -r 2s -rf json)
"$java_bin" -jar target/lifefx.jar jmh TorusStepBenchmark -p threads=1,2 "${jmh_opts[@]}" \
  -rff target/bench/torus.json > target/bench/torus.log 2>&1
"$java_bin" -jar "${1:-target/lifefx.jar}" jmh '\.StepBenchmark\.' -p strategy=packed -p grid=4096x4096 \
  -p start=soup -p threads=1,2 "${jmh_opts[@]}" -rff target/bench/bytes.json > target/bench/bytes.log 2>&1
python3 - target/bench/torus.json target/bench/bytes.json <<'PY'
import json, statistics, sys
for path in sys.argv[1:]:
    for r in json.load(open(path)):
        ms = [x for fork in r["primaryMetric"]["rawData"] for x in fork]
        cells = 1
        for side in r["params"]["grid"].split("x"):
            cells *= int(side)
        med = statistics.median(ms)
        print("== %s, %s threads: %.3f ms/generation (%.3f..%.3f), %.2f G cell updates/s (%.2f..%.2f)" % (
            r["benchmark"].rsplit(".", 2)[1], r["params"]["threads"], med, min(ms), max(ms),
            cells / med / 1e6, cells / max(ms) / 1e6, cells / min(ms) / 1e6))
PY
