#!/usr/bin/env bash
# Profiling builds (readable names) of the kernel into bench/results/profile-build/kernel/.
set -euo pipefail
cd "$(dirname "$0")/../.."
M2=${M2_REPO:-$HOME/.m2/repository}
CP=$(ls "$M2"/org/teavm/*/0.16.0/*-0.16.0.jar | grep -v -e maven-plugin -e deobfuscator | tr '\n' ':')
CP="$CP$(ls "$M2"/com/jcraft/jzlib/1.1.3/jzlib-1.1.3.jar):$(ls "$M2"/joda-time/joda-time/2.12.2/joda-time-2.12.2.jar)"
OUT=bench/results/profile-build/kernel
mkdir -p "$OUT"
java -cp "$CP" bench/profile/ProfileBuild.java "$PWD" "$OUT"
cp web/target/playground/kernel/gradpad.wasm-runtime.js "$OUT/"
