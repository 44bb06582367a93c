#!/usr/bin/env bash
# Runs every gradpad benchmark and the reference systems on this machine, in one session, and
# prints the table (docs/benchmarks.md). Dev-only: nothing here is part of the site.
#   bench/run-all.sh            build if needed, then PyTorch, JMH, JVM kernel, Chromium, S1/S2
#   bench/run-all.sh --build    rebuild the site first (mvn package -DskipTests)
# Env: BENCH_REPS (5), BENCH_TARGET_S (0.25: each timed run lasts at least this long).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT="$ROOT/bench/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
REPS=${BENCH_REPS:-5}
TARGET=${BENCH_TARGET_S:-0.25}
export BENCH_REPS=$REPS BENCH_TARGET_S=$TARGET

if [[ "${1:-}" == "--build" || ! -f web/target/playground/kernel/gradpad.wasm || ! -f web/target/gradpad.jar ]]; then
  echo "== building the site (mvn package -DskipTests)" >&2
  mvn -q -B package -DskipTests >&2
fi
if [[ ! -d bench/node_modules/@tensorflow/tfjs || ! -d bench/node_modules/js-pytorch || ! -d bench/node_modules/playwright-core ]]; then
  echo "== npm install --ignore-scripts (bench/node_modules)" >&2
  (cd bench && npm install --ignore-scripts --no-audit --no-fund >&2)
fi
{ echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr)"; java -version 2>&1 | head -1;
  /usr/bin/chromium --version 2>/dev/null || true; node --version; } > "$OUT/machine.txt"

load() { echo "$1: load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"; }
load "before PyTorch"
echo "== PyTorch (CPython, torch.set_num_threads(1))" >&2
/usr/bin/python3 bench/pytorch_bench.py | tee "$OUT/1-pytorch.jsonl" >&2

load "before JMH"
echo "== gradpad on the JVM, Java API (JMH)" >&2
mvn -q -B -pl engine test-compile exec:exec@jmh \
  -Djmh.args="gradpad.engine.bench.W -f 1 -wi $REPS -w 1s -i $REPS -r 1s -rf json -rff $OUT/jmh.json" > "$OUT/jmh.txt" 2>&1 \
  || { cat "$OUT/jmh.txt" >&2; exit 1; }
grep -E '^W[123]Benchmark' "$OUT/jmh.txt" >&2 || true

load "before JVM kernel"
echo "== gradpad on the JVM, kernel (Kernel.runCell)" >&2
java -cp web/target/gradpad.jar bench/jvm/KernelBench.java | tee "$OUT/2-jvm-kernel.jsonl" >&2

load "before Chromium"
echo "== headless Chromium: gradpad Wasm/JS, TF.js wasm/cpu, js-pytorch" >&2
node bench/browser_bench.js --reps "$REPS" --target "$TARGET" | tee "$OUT/3-browser.jsonl" >&2

load "before S1/S2"
echo "== S1 payload, S2 start (notebook page)" >&2
node bench/startup_bench.js --reps "$REPS" | tee "$OUT/4-startup.jsonl" >&2

load "at the end"
node bench/report.js "$OUT" | tee "$OUT/report.md"
echo "(results in ${OUT#$ROOT/})" >&2
