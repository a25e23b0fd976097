#!/bin/sh
# Builds the same generated corpus with this plugin and (if installed) with Hugo, cold, whole process,
# and prints both sets of figures. Not part of `mvn install`.
#
# Usage: bench/compare.sh N [RUNS] [WORK_DIR]      (run `mvn install` first; Hugo: apt-get install -y hugo)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED_BENCH:-$REPO/../shared/bench}
N=$1; RUNS=${2:-3}; W=${3:-/tmp/briefings-bench}
"$HERE/corpus.sh" "$N" "$W"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$REPO/pom.xml" | head -1)
echo "briefings $VERSION, N=$N, $RUNS cold runs (mvn -o briefing:build, whole process)"
python3 "$SHARED/timeit.py" -n "$RUNS" -- sh -c "cd '$W/c$N' && rm -rf target && exec mvn -q -B -o briefing:build -Dbriefing.now=2026-01-01T00:00:00Z"
echo "pages: $(python3 "$SHARED/count_pages.py" "$W/c$N/target/briefing-site")"
if command -v hugo >/dev/null; then
  "$SHARED/peer.sh" "$N" "$RUNS" "$W"
fi
