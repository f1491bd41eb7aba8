#!/usr/bin/env bash
# Report cost against line length (issue 16, item 9): one-line files of 200 KB, 400 KB and 800 KB,
# one finding every 23 characters, checked with --format human and --format json. Linear reporting
# keeps human close to json and doubles with the size; the old human report grew with the square.
# Usage: bench/report-linear.sh [JAR]   (default: target/lihaaz.jar, built by ./lihaaz)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$here/target/lihaaz.jar}"
[ -f "$jar" ] || bash "$here/lihaaz" --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-8s %-6s %8s %8s\n' size format wall_s cpu_s
for units in 9000 18000 36000; do
  python3 -c "import sys; open(sys.argv[1], 'w').write('the policeman came and ' * int(sys.argv[2]))" "$work/line.txt" "$units"
  kb=$(( $(stat -c %s "$work/line.txt") / 1000 ))
  for format in human json; do
    /usr/bin/time -f '%e %U %S' -o "$work/t" java -jar "$jar" check --no-color --format "$format" "$work/line.txt" >/dev/null || true
    read -r wall user sys < <(tail -n 1 "$work/t")
    printf '%-8s %-6s %8s %8.2f\n' "${kb}KB" "$format" "$wall" "$(echo "$user + $sys" | bc)"
  done
done
