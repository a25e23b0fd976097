#!/bin/sh
# Where a cold build's CPU goes, by part (Maven, class loading, JIT compilers, interpreter, garbage
# collector, kernel, the plugin's work and its libraries): profiles one cold `mvn briefing:build`
# of DIR (a corpus from bench/corpus.sh, or any site) with async-profiler, CPU samples every
# millisecond of every thread, and prints bench/profile.py's breakdown. async-profiler 4.1 is
# fetched once from Maven Central (tools.profiler:async-profiler:4.1:jar:linux-x64) into the local
# repository; Linux x64 only. Not part of `mvn install`.
#
# Usage: bench/profile.sh DIR [OUT.collapsed]     (MAVEN_OPTS is passed on, as for perf.sh)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: $0 DIR [OUT.collapsed]" >&2; exit 2; }
DIR=$(cd "$1" && pwd)
OUT=${2:-/tmp/briefings-profile.collapsed}
M2=${M2_REPO:-$HOME/.m2/repository}
JAR="$M2/tools/profiler/async-profiler/4.1/async-profiler-4.1-linux-x64.jar"
if [ ! -f "$JAR" ]; then
  mvn -q -B dependency:get -Dartifact=tools.profiler:async-profiler:4.1:jar:linux-x64 \
    ${M2_REPO:+-Dmaven.repo.local=$M2_REPO}
fi
LIB=$(mktemp -d)
trap 'rm -rf "$LIB"' EXIT
(cd "$LIB" && unzip -q "$JAR" 'linux-x64/*')
cd "$DIR"
rm -rf target
MAVEN_OPTS="${MAVEN_OPTS:-} -agentpath:$LIB/linux-x64/libasyncProfiler.so=start,event=cpu,interval=1ms,threads,collapsed,file=$OUT" \
  mvn -q -B -o briefing:build -Dbriefing.now=2026-01-01T00:00:00Z ${M2_REPO:+-Dmaven.repo.local=$M2_REPO}
python3 "$HERE/profile.py" "$OUT"
