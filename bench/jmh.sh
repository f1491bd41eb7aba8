#!/usr/bin/env bash
# JMH benchmark of the engine: MB/s and tokens/s on a fixed text, every built-in rule loaded.
# Usage: bench/jmh.sh [extra JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
out=$(mktemp)
java -cp "$cp" org.openjdk.jmh.Main 'org.lihaaz.bench.EngineBenchmark' -rf json -rff target/jmh.json "$@" | tee "$out"
python3 - "$out" target/jmh.json <<'PY'
import json, re, sys
log = open(sys.argv[1]).read()
m = re.search(r"CORPUS bytes=(\d+) tokens=(\d+) files=(\d+)", log)
if not m:
    sys.exit("no corpus line in the JMH output")
size, tokens, files = map(int, m.groups())
print(f"\ncorpus: {size/1e6:.2f} MB, {tokens} tokens, {files} files")
for r in json.load(open(sys.argv[2])):
    name = r["benchmark"].rsplit(".", 1)[-1]
    ops = r["primaryMetric"]["score"]
    err = r["primaryMetric"]["scoreError"]
    print(f"{name:14} {ops:8.3f} ops/s (±{err:.3f}) = {ops*size/1e6:7.1f} MB/s = {ops*tokens/1e6:6.2f} M tokens/s (one thread)")
PY
