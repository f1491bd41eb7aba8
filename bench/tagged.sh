#!/usr/bin/env bash
# Share of sentences part-of-speech tagged on each corpus folder, and files that needed no NLP.
# Usage: bench/tagged.sh [FOLDER...] (default: every folder of ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ $# -eq 0 ]; then set -- ../shared/corpus/*/; fi
java -cp "$cp" org.lihaaz.bench.TaggedShare "$@"
