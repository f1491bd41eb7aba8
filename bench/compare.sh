#!/usr/bin/env bash
# Times Lihaaz and alex 11 on the same slice of a corpus, one after the other, and prints MB/s for each
# and the ratio. Installs alex 11 from npm into a temporary folder when it is not there yet.
# Usage: bench/compare.sh [CORPUS_FOLDER] [SLICE_MB] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$here/../shared/corpus/en-news-pk}"
slice_mb="${2:-5}"
runs="${3:-5}"
alex_dir="${ALEX_DIR:-${TMPDIR:-/tmp}/lihaaz-alex11}"

if [ ! -x "$alex_dir/node_modules/.bin/alex" ]; then
  echo "installing alex 11 into $alex_dir ..." >&2
  mkdir -p "$alex_dir"
  (cd "$alex_dir" && npm install --silent --no-audit --no-fund alex@11 >/dev/null)
fi
bash "$here/lihaaz" --version >/dev/null   # builds the jar if needed

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The slice: whole files, in name order, until it reaches SLICE_MB.
python3 - "$corpus" "$work/slice" "$slice_mb" <<'PY'
import os, shutil, sys
src, dst, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
os.makedirs(dst)
total = 0
for name in sorted(os.listdir(src)):
    p = os.path.join(src, name)
    if not name.endswith((".txt", ".md")) or not os.path.isfile(p):
        continue
    shutil.copy(p, os.path.join(dst, name))
    total += os.path.getsize(p)
    if total >= mb * 1e6:
        break
print(f"slice: {total/1e6:.2f} MB in {len(os.listdir(dst))} files", file=sys.stderr)
PY
bytes=$(find "$work/slice" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')

time_it() {  # prints wall seconds and peak RSS (KB) of a command, its output discarded
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  cat "$work/time"
}

python3 - "$bytes" "$runs" "$here" "$alex_dir" "$work" <<'PY'
import statistics, subprocess, sys, os
size, runs, here, alex_dir, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
slice_dir = os.path.join(work, "slice")
def run(cmd):
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", os.path.join(work, "t")] + cmd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall, rss = open(os.path.join(work, "t")).read().split()[-2:]
    return float(wall), int(rss)
lihaaz = ["bash", os.path.join(here, "lihaaz"), "check", "--format", "json", "--fail-on", "never", slice_dir]
alex = [os.path.join(alex_dir, "node_modules", ".bin", "alex"), "--quiet", slice_dir]
rows = {}
for name, cmd in (("lihaaz", lihaaz), ("alex 11", alex)):
    results = [run(cmd) for _ in range(runs)]
    walls = [w for w, _ in results]
    rss = max(r for _, r in results)
    med = statistics.median(walls)
    rows[name] = med
    print(f"{name:8} median {med:6.2f} s over {runs} runs = {size/1e6/med:6.2f} MB/s, peak RSS {rss/1024:.0f} MB"
          f"  (runs: {', '.join(f'{w:.2f}' for w in walls)} s)")
print(f"ratio: lihaaz is {rows['alex 11']/rows['lihaaz']:.1f}x faster than alex 11 on this {size/1e6:.2f} MB slice")
PY
