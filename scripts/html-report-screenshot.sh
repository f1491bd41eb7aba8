#!/usr/bin/env bash
# Renders the HTML report in headless Chromium with 0, 1 and 5,000 findings, saves screenshots
# (wide and phone-sized) and checks the layout: no horizontal overflow, the totals and (when there
# are findings) the charts, file table and findings visible, the filters working.
#
#   scripts/html-report-screenshot.sh [OUT_DIR]      (default: target/screenshots)
#
# Needs Java, Maven (for ./lihaaz) and Debian's chromium package (apt-get install -y chromium).
# Exits non-zero when a layout check fails. Nothing is fetched from the network: the pages are
# self-contained, and Chromium runs with background networking off.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(realpath -m "${1:-$here/target/screenshots}")"
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium_bin" ]; then
  echo "html-report-screenshot: chromium is not installed (apt-get install -y chromium)" >&2
  exit 2
fi
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

lihaaz() { "$here/lihaaz" "$@"; }

# Inputs: a clean draft, one finding, and 250 drafts with 20 findings each (5,000) of two
# levels, so the level filter has something to do.
mkdir -p "$work/zero" "$work/one" "$work/many"
printf 'The chair opened the meeting and thanked the staff.\n' > "$work/zero/clean.md"
printf '# Council meeting\n\nThe chairman opened the meeting and thanked the volunteers for their work in the relief camps.\n' > "$work/one/council.md"
for i in $(seq -w 1 250); do
  f="$work/many/district-$i/report-$i.md"
  mkdir -p "$(dirname "$f")"
  {
    echo "# Relief report $i"
    for j in 1 2 3 4; do
      echo
      echo "The chairman said more manpower was needed. A spokesman for the camp said a doctor"
      echo "examined a wheelchair-bound man while volunteers manned the desks for hours."
    done
  } > "$f"
done

# From inside the work folder, so the report shows short relative paths as a user's would.
(cd "$work" && lihaaz check --fail-on never --format html -o zero.html zero)
(cd "$work" && lihaaz check --fail-on never --format html -o one.html one)
(cd "$work" && lihaaz check --fail-on never --format html -o many.html many)
count() { grep -o '<article class="finding' "$1" | wc -l; }
echo "findings in the pages: zero=$(count "$work/zero.html") one=$(count "$work/one.html") many=$(count "$work/many.html")"
[ "$(count "$work/many.html")" -eq 5000 ] || { echo "expected 5000 findings in many.html" >&2; exit 1; }

chrome() {
  local profile
  profile="$(mktemp -d "$work/profile.XXXX")"
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --no-default-browser-check --disable-sync \
    --user-data-dir="$profile" --allow-file-access-from-files --hide-scrollbars "$@" 2>/dev/null
}

# The checker loads a report in same-origin iframes of two widths and writes what it measured into
# its own page, which --dump-dom prints.
cat > "$work/check.html" <<'HTML'
<!DOCTYPE html><html><body><pre id="result">pending</pre>
<script>
var page = location.hash.slice(1);
var widths = [1280, 390], done = 0, lines = [];
widths.forEach(function (w) {
  var f = document.createElement('iframe');
  f.style.width = w + 'px'; f.style.height = '900px'; f.src = page;
  f.onload = function () {
    var d = f.contentDocument, e = d.documentElement, findings = d.querySelectorAll('.finding').length;
    function visible(sel) { var n = d.querySelector(sel); if (!n) return 'absent';
      var r = n.getBoundingClientRect(); return r.width > 0 && r.height > 0 ? 'yes' : 'hidden'; }
    var wide = [];
    d.querySelectorAll('body *').forEach(function (n) {
      var r = n.getBoundingClientRect();
      if (r.right > e.clientWidth + 1 && getComputedStyle(n).position !== 'fixed' && !n.closest('.scroll')) wide.push(n.tagName + '.' + n.className);
    });
    lines.push('width=' + w + ' overflow=' + (e.scrollWidth > e.clientWidth ? 'YES' : 'no')
      + ' wideElements=' + wide.length + (wide.length ? ' (' + wide.slice(0, 3).join(' ') + ')' : '')
      + ' totals=' + visible('.totals') + ' charts=' + visible('.charts') + ' table=' + visible('.files table')
      + ' findings=' + findings + ' empty=' + visible('.empty'));
    if (findings > 0 && w === 1280) {
      var sel = d.querySelector('select[data-filter="level"]'); sel.value = sel.options[sel.options.length - 1].value;
      sel.dispatchEvent(new Event('change', {bubbles: true}));
      var shown = d.querySelectorAll('.finding:not([hidden])').length;
      lines.push('filter level=' + sel.value + ' shown=' + shown + ' count="' + d.querySelector('.filters .count').textContent + '"');
    }
    if (++done === widths.length) document.getElementById('result').textContent = lines.join('\n');
  };
  document.body.appendChild(f);
});
</script></body></html>
HTML

status=0
for name in zero one many; do
  cp "$work/$name.html" "$out/report-$name.html"
  chrome --window-size=1280,1600 --screenshot="$out/report-$name.png" "file://$work/$name.html"
  chrome --window-size=390,1400 --screenshot="$out/report-$name-phone.png" "file://$work/$name.html"
  result="$(chrome --virtual-time-budget=20000 --run-all-compositor-stages-before-draw --dump-dom \
    "file://$work/check.html#$name.html" | sed -n '/<pre id="result">/,/<\/pre>/p' | sed 's/<[^>]*>//g')"
  echo "$name:"
  echo "$result" | sed 's/^/  /'
  if [ -z "$result" ] || echo "$result" | grep -q -e 'pending' -e 'overflow=YES' -e 'wideElements=[1-9]' -e '=hidden'; then
    echo "  LAYOUT PROBLEM in $name" >&2
    status=1
  fi
  case "$name" in
    zero) echo "$result" | grep -q 'empty=yes' || { echo "  the empty state is not shown" >&2; status=1; } ;;
    *) echo "$result" | grep -q 'table=yes' || { echo "  the file table is not visible" >&2; status=1; } ;;
  esac
done
ls -l "$out"/*.png | awk '{print "  " $5 " bytes  " $9}'
exit $status
