#!/usr/bin/env bash
# S1 (bytes before the first cell can run) and S2 (navigation to all seed cells run) for the
# notebook page, Wasm and JS paths, in headless Chromium on localhost. A benchmark, not a test.
# Usage: bench/page-load.sh [RUNS]        (extra Maven flags, e.g. -o, via MVN_ARGS)
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# Builds the site, and asks Maven for Selenium's classpath (the e2e tests' dependencies).
mvn -q -B ${MVN_ARGS:-} package -DskipTests dependency:build-classpath -pl e2e-tests -am \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
java -cp "$(cat "$cp_file")" bench/PageLoad.java web/target/playground "${1:-10}" 2>&1 \
  | grep -v -e '^WARNING' -e 'SLF4J' -e '^[A-Z][a-z][a-z] [0-9]' -e 'INFO:'
