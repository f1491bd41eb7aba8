#!/usr/bin/env bash
# Long fuzzing: runs each Jazzer @FuzzTest in fuzzing mode for a while and prints, per target, the
# CPU time spent, the number of runs and whether it found a crasher.
#
#   scripts/fuzz.sh [MINUTES] [TARGET...]      (default: 5 minutes for every target)
#   scripts/fuzz.sh 10 'ReaderFuzzTest#markdown' 'FixFuzzTest#fix'
#
# A crasher is saved by Jazzer under src/test/resources/<package>/<Class>Inputs/<method>/ and from
# then on runs in every `mvn verify` (regression mode): fix the bug, keep the file. The corpus
# the fuzzer grows lives in .cifuzz-corpus/ (not committed) and is reused by the next run.
# Logs go to target/fuzz/<target>.log. One target at a time: libFuzzer runs one per JVM.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
minutes="${1:-5}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    'ReaderFuzzTest#plainText' 'ReaderFuzzTest#markdown' 'ReaderFuzzTest#html' 'ReaderFuzzTest#subrip'
    'ReaderFuzzTest#webvtt' 'ReaderFuzzTest#fountain' 'ReaderFuzzTest#frontMatter' 'ReaderFuzzTest#docx'
    'TextFuzzTest#tokenizer' 'TextFuzzTest#matcher' 'RuleFuzzTest#rulePack' 'RuleFuzzTest#pattern'
    'RuleFuzzTest#config' 'GlobFuzzTest#glob' 'GlobFuzzTest#ignoreLines' 'FixFuzzTest#fix'
  )
fi
mkdir -p target/fuzz
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile
printf '%-28s %10s %12s %s\n' target cpu-min runs result
for t in "${targets[@]}"; do
  log="target/fuzz/${t//#/.}.log"
  timing="target/fuzz/${t//#/.}.time"
  # Surefire's own report holds libFuzzer's output; the time is that of the whole forked JVM.
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${minutes}m" /usr/bin/time -f '%U %S' -o "$timing" \
    mvn -B -o -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false test >"$log" 2>&1
  rc=$?
  cls="${t%%#*}"
  out="$(ls target/surefire-reports/*."$cls"-output.txt 2>/dev/null | head -n 1)"
  runs="$(grep -ho 'Done [0-9]* runs' "$log" "$out" 2>/dev/null | tail -n 1 | awk '{print $2}')"
  read -r user sys < <(tail -n 1 "$timing") 2>/dev/null || { user=0; sys=0; }
  cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", (u + s) / 60 }')"
  if [ "$rc" -eq 0 ]; then result="no crash"; else result="CRASH or failure, see $log"; fi
  [ -n "$out" ] && cp "$out" "target/fuzz/${t//#/.}.fuzzer.txt"
  printf '%-28s %10s %12s %s\n' "$t" "$cpu" "${runs:-?}" "$result"
done
