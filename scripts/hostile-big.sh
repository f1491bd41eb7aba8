#!/usr/bin/env bash
# The hostile inputs too big or slow for the test run: a 1 GB file, a 50 MB single line, a folder of
# 100,000 small files, and eight `lihaaz check` processes over one corpus at once. Prints, per case,
# the exit code, wall time, peak resident memory (from /usr/bin/time -v) and the first line Lihaaz
# printed on standard error.
#
#   scripts/hostile-big.sh [WORK_DIR] [CORPUS_DIR]
#
# WORK_DIR (default /tmp/lihaaz-big) gets about 1.2 GB of generated files; it is reused when the
# files are already there. CORPUS_DIR (optional) is a real corpus for the eight-process case;
# without it the 100,000-file folder's first 2,000 files are used. Uses the packaged jar
# (target/lihaaz.jar; built by ./lihaaz when missing). JAVA_OPTS are passed to every run
# (e.g. JAVA_OPTS=-Xmx512m to show the memory is bounded).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(realpath -m "${1:-/tmp/lihaaz-big}")"
corpus="${2:-}"
jar="$here/target/lihaaz.jar"
[ -f "$jar" ] || "$here/lihaaz" --version >/dev/null
mkdir -p "$work"
java_opts=(${JAVA_OPTS:-})

paragraph='The chairman said the policeman and the fireman met mankind. An ordinary sentence follows it here.'
clean='An ordinary sentence about the weather, the markets and the cricket follows it here, with nothing to flag.'

# The big files hold one paragraph with findings among a thousand clean ones, about as dense as news
# (the news corpus has 81 findings per MB): a 1 GB file then has about 30,000 findings. A file made
# only of findings stops at the 100,000-finding cap instead (docs/reliability.md).
if [ ! -f "$work/huge.md" ]; then
  echo "generating a 1 GB Markdown file..." >&2
  python3 - "$work/huge.md" "$paragraph" "$clean" <<'PY'
import sys
block = ("# Heading\n\n" + (sys.argv[3] + "\n\n") * 999 + sys.argv[2] + "\n\n")
data = block.encode()
with open(sys.argv[1], "wb") as f:
    for _ in range((1 << 30) // len(data) + 1):
        f.write(data)
PY
fi
if [ ! -f "$work/line.txt" ]; then
  echo "generating a 50 MB single line..." >&2
  python3 - "$work/line.txt" "$paragraph" "$clean" <<'PY'
import sys
unit = ((sys.argv[3] + " ") * 999 + sys.argv[2] + " ").encode()
with open(sys.argv[1], "wb") as f:
    f.write(unit * ((50 << 20) // len(unit)))
PY
fi
if [ ! -f "$work/dense.md" ]; then
  echo "generating a 100 MB file of findings..." >&2
  python3 - "$work/dense.md" "$paragraph" <<'PY'
import sys
with open(sys.argv[1], "wb") as f:
    f.write(((sys.argv[2] + "\n\n") * 1000).encode() * 1040)
PY
fi
if [ ! -d "$work/many" ]; then
  echo "generating 100,000 small files..." >&2
  python3 - "$work/many" "$paragraph" <<'PY'
import os, sys
root = sys.argv[1]
for i in range(100_000):
    d = os.path.join(root, "d%03d" % (i // 1000))
    if i % 1000 == 0:
        os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "f%05d.md" % i), "w") as f:
        f.write("# Note %d\n\n%s\n" % (i, sys.argv[2] if i % 10 == 0 else "Nothing to see here."))
PY
fi

printf '%-34s %5s %9s %10s  %s\n' case exit wall-s peak-MB "first stderr line"
run_case() {
  local name="$1"
  shift
  local t="$work/$name.time" e="$work/$name.err"
  /usr/bin/time -v -o "$t" java "${java_opts[@]}" -jar "$jar" "$@" >"$work/$name.out" 2>"$e"
  local rc=$?
  local wall rss
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$t")"
  rss="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$t")"
  printf '%-34s %5s %9s %10s  %s\n' "$name" "$rc" "$wall" "$rss" "$(head -n 1 "$e" | cut -c1-110)"
}

run_case one-gigabyte-file check --format json --fail-on never "$work/huge.md"
run_case hundred-megabytes-of-findings check --format json --fail-on never "$work/dense.md"
run_case fifty-megabyte-line check --format json --fail-on never "$work/line.txt"
run_case hundred-thousand-files check --format json --fail-on never "$work/many"

if [ -z "$corpus" ]; then
  corpus="$work/corpus"
  if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    cp -r "$work/many/d000" "$work/many/d001" "$corpus/"
  fi
fi
echo "eight processes at once over $corpus:" >&2
java "${java_opts[@]}" -jar "$jar" check --format json --fail-on never "$corpus" >"$work/alone.json" 2>/dev/null
start=$(date +%s.%N)
pids=()
for i in 1 2 3 4 5 6 7 8; do
  java "${java_opts[@]}" -jar "$jar" check --format json --fail-on never "$corpus" >"$work/p$i.json" 2>/dev/null &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
end=$(date +%s.%N)
same=0
for i in 1 2 3 4 5 6 7 8; do cmp -s "$work/alone.json" "$work/p$i.json" && same=$((same + 1)); done
printf '%-34s %5s %9.1f %10s  %s\n' eight-processes-at-once - "$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')" - "$same of 8 reports identical to one run alone"
