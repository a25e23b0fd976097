#!/bin/sh
# Measures what search costs: builds the same generated corpus with search and without it
# (search: false in its site.yaml), cold (no target/), runs interleaved, whole process; then prints
# the search phase's time and the index size per briefing of the last build with search.
#
# Usage: bench/search.sh N [RUNS] [WORK_DIR]      (run `mvn install` first; M2_REPO=/path for
#        another local repository, where the Pagefind download is kept too)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
N=$1; RUNS=${2:-2}; W=${3:-/tmp/briefings-bench}
"$HERE/corpus.sh" "$N" "$W"
C="$W/c$N"
REPO_OPT=""
[ -n "${M2_REPO:-}" ] && REPO_OPT="-Dmaven.repo.local=$M2_REPO"
sed -i '/^search:/d' "$C/site/site.yaml"
build() {
  if [ "$1" = off ]; then echo "search: false" >> "$C/site/site.yaml"; fi
  python3 "$HERE/perf.py" time --runs 1 --warmup 0 -- "cd '$C' && rm -rf target && exec mvn -B -o $REPO_OPT briefing:build -Dbriefing.now=2026-01-01T00:00:00Z > '$W/search-$1.log' 2>&1" \
    | awk '/^wall/ {print $3}'
  sed -i '/^search:/d' "$C/site/site.yaml"
}
on=""; off=""
i=0
while [ $i -lt "$RUNS" ]; do
  on="$on $(build on)"; off="$off $(build off)"
  i=$((i + 1))
done
build on > /dev/null
median() { echo "$@" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m_on=$(median $on); m_off=$(median $off)
echo "N=$N, $RUNS interleaved cold runs each (wall seconds)"
echo "with search:    $on  -> median $m_on"
echo "without search: $off  -> median $m_off"
echo "ratio: $(echo "$m_on $m_off" | awk '{printf "%.2f", $1 / $2}')"
grep -i "index for search" "$W/search-on.log" || true
bytes=$(du -sb "$C/target/briefing-site/pagefind" | cut -f1)
echo "index: $bytes bytes, $(echo "$bytes $N" | awk '{printf "%.0f", $1 / $2}') bytes per briefing"
