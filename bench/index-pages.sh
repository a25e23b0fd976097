#!/bin/sh
# Measures what the country and topic pages (and their feeds) cost: builds the same generated
# corpus with them and without them (-Dbriefing.termPages=false), runs interleaved, whole process.
#
# Usage: bench/index-pages.sh N [RUNS] [WORK_DIR]      (run `mvn install` first)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
N=$1; RUNS=${2:-3}; W=${3:-/tmp/briefings-bench}
"$HERE/corpus.sh" "$N" "$W"
C="$W/c$N"
build() {
  python3 "$HERE/perf.py" time --runs 1 --warmup 0 -- "cd '$C' && rm -rf target && exec mvn -q -B -o briefing:build -Dbriefing.now=2026-01-01T00:00:00Z -Dbriefing.termPages=$1" \
    | awk '/^wall/ {print $3}'
}
on=""; off=""
i=0
while [ $i -lt "$RUNS" ]; do
  on="$on $(build true)"; off="$off $(build false)"
  i=$((i + 1))
done
median() { echo "$@" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m_on=$(median $on); m_off=$(median $off)
echo "N=$N, $RUNS interleaved cold runs each (wall seconds)"
echo "with country/topic pages:    $on  -> median $m_on"
echo "without country/topic pages: $off  -> median $m_off"
echo "ratio: $(echo "$m_on $m_off" | awk '{printf "%.2f", $1 / $2}')"
