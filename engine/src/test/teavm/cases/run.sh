#!/bin/bash
# Replays engine_cases.txt (the PyTorch-recorded cases EngineCasesTest runs on the JVM) through
# the TeaVM JS build (in Node) and the TeaVM Wasm GC build (in headless Chromium), to prove the
# engine computes the same bits on all three targets (float32 rounding, fused multiply-adds, the
# SLEEF routines). Not part of the Maven build: a developer check.
#   bash engine/src/test/teavm/cases/run.sh
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ENGINE=$(cd "$HERE/../../../.." && pwd)
DATA=$ENGINE/src/test/resources/gradpad/engine
W=$(mktemp -d /tmp/cases-teavm.XXXXXX)
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/src/main/java/gradpad/engine/cases" "$W/src/main/java/casecheck" "$W/serve"
for f in "$ENGINE"/src/main/java/gradpad/engine/*; do
    ln -s "$f" "$W/src/main/java/gradpad/engine/$(basename "$f")"
done
for f in CaseLanguage CaseRunner CaseBuiltins CaseAutograd CaseReplay; do
    cp "$ENGINE/src/test/java/gradpad/engine/cases/$f.java" "$W/src/main/java/gradpad/engine/cases/"
done
cp "$HERE/pom.xml" "$W/"
cp "$HERE/Main.java" "$W/src/main/java/casecheck/"
(cd "$W" && mvn -q -B -o package)
node "$HERE/check-node.js" "$W/target/js/cases.js" "$DATA/engine_cases.txt"

if ! command -v chromium >/dev/null; then
    echo "wasm: skipped (no chromium)"
    exit 0
fi
ln -s "$W/target/js" "$W/serve/js"
ln -s "$DATA" "$W/serve/data"
cp "$HERE/index.html" "$W/serve/"
PORT=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
(cd "$W/serve" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 >/dev/null 2>&1) &
SERVER=$!
trap 'kill $SERVER; rm -rf "$W"' EXIT
sleep 1
RESULT=$(timeout 600 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$W/profile" --virtual-time-budget=300000 --dump-dom \
    "http://127.0.0.1:$PORT/index.html" 2>/dev/null \
    | python3 -c "import sys; d = sys.stdin.read(); print(d[d.find('<pre id=\"out\">') + 14:d.find('</pre>')])")
echo "wasm: $RESULT"
echo "$RESULT" | grep -q " 0 failed"
