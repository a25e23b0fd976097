#!/bin/sh
# Generates (once) a corpus of N briefings with ../shared/bench/gen_corpus.py and gives it a pom
# that uses the plugin version of this repository.
# Usage: bench/corpus.sh N [WORK_DIR]      → WORK_DIR/cN (default /tmp/briefings-bench/cN)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED_BENCH:-$REPO/../shared/bench}
N=$1; W=${2:-/tmp/briefings-bench}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$REPO/pom.xml" | head -1)
mkdir -p "$W"
[ -f "$W/c$N/corpus.json" ] || python3 "$SHARED/gen_corpus.py" --count "$N" --out "$W/c$N"
cat > "$W/c$N/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>corpus</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.briefings</groupId><artifactId>briefing-maven-plugin</artifactId><version>$VERSION</version>
  </plugin></plugins></build>
</project>
POM
