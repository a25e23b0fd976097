#!/bin/sh
# Builds one generated corpus with this plugin and (if installed) with Hugo, cold, whole process,
# interleaved, and prints both sets of figures: bench/perf.sh for a single size. Not part of
# `mvn install`.
#
# Usage: bench/compare.sh N [RUNS] [WORK_DIR]      (run `mvn install` first; Hugo: apt-get install -y hugo)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: $0 N [RUNS] [WORK_DIR]" >&2; exit 2; }
N=$1; RUNS=${2:-3}
WORK=${3:-${WORK:-/tmp/briefings-bench}} exec "$HERE/perf.sh" "$RUNS" "$N"
