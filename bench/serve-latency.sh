#!/bin/sh
# Time from saving one briefing to `briefing:serve` answering the new page (as a browser tab does:
# file written -> "reload" event -> page fetched with the new title), median of 20 edits after 2
# warm-up edits, on the example site and on a generated corpus. Not part of `mvn install`.
#
# Usage: bench/serve-latency.sh [N] [EDITS]      (default N=10000; run `mvn install` first)
# WARMUP (default 2) edits are made and not counted before the measured ones.
# Edits come 250 ms after the last one's page; JAVA_OPTS=-Dpause=2000 spaces them as a writer would.
# Set MAVEN_REPO to use another local Maven repository.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
N=${1:-10000}; EDITS=${2:-20}; WARMUP=${WARMUP:-2}
CORPUS=${CORPUS_DIR:-/tmp/srv10k}
[ "$N" = 10000 ] || CORPUS=/tmp/srv$N
cd "$REPO"
MVN_REPO=""
[ -z "${MAVEN_REPO:-}" ] || MVN_REPO="-Dmaven.repo.local=$MAVEN_REPO"
mvn -q -B $MVN_REPO test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench.cp)"

echo "== example site (copied to a temporary folder)"
EX=$(mktemp -d)
cp -r content site templates "$EX"/
java ${JAVA_OPTS:-} -cp "$CP" io.github.briefings.serve.ServeLatency "$EX" "$EDITS" "$WARMUP" content/2024/2024-11-10-trump-wins-us-election.md
rm -rf "$EX"

echo "== generated corpus, $N briefings ($CORPUS)"
grep -qx "briefings=$N" "$CORPUS/corpus.properties" 2>/dev/null || java "$HERE/GenerateCorpus.java" "$N" "$CORPUS"
rm -rf "$CORPUS/target"
java ${JAVA_OPTS:-} -cp "$CP" io.github.briefings.serve.ServeLatency "$CORPUS" "$EDITS" "$WARMUP"
