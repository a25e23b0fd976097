#!/bin/sh
# "Faster than Hugo": builds the same generated corpora with this plugin and with Hugo, cold,
# whole process, runs interleaved (ours, hugo, ours, hugo, ...), and prints per corpus size the
# median (min–max) of wall time, CPU time (user+sys), peak RSS, the pages written, the time to our
# first written file, and the ratios ours/Hugo; then a Markdown table for the README, headed by a
# line naming the machine, also written to WORK/perf-table.md. Not part of `mvn install`.
#
# Then, side by side too: the example site (this repository's content/, site/ and templates/,
# copied to WORK/example) built cold against Maven's own floor (the same goal with
# -Dbriefing.skip=true), and, when 10000 is among the sizes, builds of that corpus after one
# briefing's body changed against cold builds of it (each round changes it twice and measures the
# second build, which pays what the first left to a thread: deleting the site it swapped out);
# the table ends with every ratio next to its
# target (docs/speed.md). EXTRAS=0 leaves those two out.
#
# Usage: bench/perf.sh [RUNS] [N...]          (defaults: RUNS=3, N = 1000 10000 100000)
#   WORK=/tmp/briefings-bench   where the corpora (cN), Hugo sites (hugoN, hugoN-out), logs and
#                               the table go; a corpus is generated once and then reused
#   MAVEN_OPTS=-Xmx2g           passed to Maven's JVM as usual (after the corpus's .mvn/jvm.config,
#                               so it overrides it), and printed in the table header
#   SEARCH=off                  builds the corpora and the example site with 'search: false'
#                               (Hugo builds no search index; the default, on, is what a newsroom
#                               site does); the line is taken out again when the run ends
#
# For each N: bench/corpus.sh N generates WORK/cN with bench/GenerateCorpus.java (once) and its
# pom; bench/hugo-site.sh lays the same corpus out as a Hugo site WORK/hugoN with the layouts of
# bench/hugo/ (once per call); then RUNS pairs of cold builds:
#   ours: sh -c "cd WORK/cN && rm -rf target && exec mvn -q -B -o briefing:build -Dbriefing.now=2026-01-01T00:00:00Z"
#   Hugo: sh -c "rm -rf WORK/hugoN-out && exec hugo --quiet -s WORK/hugoN -d WORK/hugoN-out"
# measured by bench/perf.py (see its docstring for what each figure is), which also counts the
# pages of each tool's last run (html_total). Each run's output is kept in WORK/logs/. Without
# Hugo installed it measures ours only and says so.
#
# Needs: the plugin installed in ~/.m2 (`mvn install` once; M2_REPO=/path for another local
# repository, which our builds then get as -Dmaven.repo.local), mvn, python3, java; Hugo from
# Debian's package (apt-get install -y hugo).
# The machine should be otherwise idle: the figures are only comparable side by side.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
RUNS=${1:-3}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- 1000 10000 100000
for x in "$RUNS" "$@"; do
  case $x in ''|*[!0-9]*) echo "usage: $0 [RUNS] [N...]   (whole numbers; got '$x')" >&2; exit 2 ;; esac
done
[ "$RUNS" -ge 1 ] || { echo "RUNS must be at least 1" >&2; exit 2; }

for tool in mvn python3 java; do
  command -v "$tool" >/dev/null || { echo "$0: '$tool' is not on the PATH" >&2; exit 2; }
done
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$REPO/pom.xml" | head -1)
M2=${M2_REPO:-$HOME/.m2/repository}
[ -z "${M2_REPO:-}" ] || export BENCH_MAVEN_REPO="$M2_REPO"
JAR="$M2/io/github/briefings/briefing-maven-plugin/$VERSION/briefing-maven-plugin-$VERSION.jar"
if [ ! -f "$JAR" ]; then
  echo "$0: the plugin io.github.briefings:briefing-maven-plugin:$VERSION is not installed" >&2
  echo "  (no $JAR): run 'mvn install' in $REPO first" >&2
  exit 2
fi

W=${WORK:-/tmp/briefings-bench}
mkdir -p "$W"
W=$(cd "$W" && pwd)   # absolute: `hugo -d` resolves a relative path against the site folder
RESULTS="$W/perf-results.jsonl"
: > "$RESULTS"

if command -v hugo >/dev/null; then
  HUGO=--hugo
  echo "Hugo $(hugo version | cut -d' ' -f2) found: ours and Hugo, interleaved"
else
  HUGO=
  echo "hugo is not installed (apt-get install -y hugo): measuring ours only"
fi
echo "briefing-maven-plugin $VERSION, RUNS=$RUNS, N=$*, WORK=$W, MAVEN_OPTS=${MAVEN_OPTS:-(none)}"
echo

SEARCH_SET=""
search_setting() {   # FOLDER: sets search: false in its site.yaml when SEARCH=off
  sed -i '/^search:/d' "$1/site/site.yaml"
  [ "${SEARCH:-on}" != off ] || echo "search: false" >> "$1/site/site.yaml"
  SEARCH_SET="$SEARCH_SET $1"
}
# the corpora go back to their generated site.yaml (search on) however the run ends, so that a
# corpus hashed or built after it is the generator's
trap 'for f in $SEARCH_SET; do sed -i "/^search:/d" "$f/site/site.yaml"; done' EXIT
echo "search: ${SEARCH:-on}"

for N in "$@"; do
  "$HERE/corpus.sh" "$N" "$W"
  search_setting "$W/c$N"
  [ -z "$HUGO" ] || "$HERE/hugo-site.sh" "$W/c$N" "$W/hugo$N"
  python3 "$HERE/perf.py" run --n "$N" --runs "$RUNS" --work "$W" --results "$RESULTS" $HUGO
done

if [ "${EXTRAS:-1}" != 0 ]; then
  rm -rf "$W/example"
  mkdir -p "$W/example" "$W/logs"
  cp -R "$REPO/content" "$REPO/site" "$REPO/templates" "$W/example/"
  sed "s:<artifactId>corpus</artifactId>:<artifactId>example</artifactId>:" "$W/c$1/pom.xml" > "$W/example/pom.xml"
  [ ! -d "$W/c$1/.mvn" ] || cp -R "$W/c$1/.mvn" "$W/example/"
  search_setting "$W/example"
  echo "== the example site against Maven's floor"
  python3 "$HERE/perf.py" floor --site "$W/example" --runs "$RUNS" --work "$W" --results "$RESULTS"
  for N in "$@"; do
    if [ "$N" = 10000 ]; then
      echo "== N=10000: one briefing changed, against cold builds"
      python3 "$HERE/perf.py" change --n 10000 --runs "$RUNS" --work "$W" --results "$RESULTS"
    fi
  done
  echo
fi

python3 "$HERE/perf.py" table --results "$RESULTS" --out "$W/perf-table.md"
