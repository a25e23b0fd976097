#!/bin/sh
# Generates a corpus of N briefings with bench/GenerateCorpus.java (JDK only) into WORK_DIR/cN and
# gives it a pom that uses this repository's plugin version. A corpus already there is reused when
# its corpus.properties names the same generator and N; otherwise it is made again. Like a newsroom
# repository written by `briefing:init`, it gets the starter's .mvn/jvm.config (the JVM options
# Maven starts with); JVM_CONFIG=0 leaves it out (MAVEN_OPTS, read after it, overrides it anyway).
#
# Usage: bench/corpus.sh N [WORK_DIR]      → WORK_DIR/cN (default /tmp/briefings-bench/cN)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 N [WORK_DIR]" >&2; exit 2; }
N=$1; W=${2:-/tmp/briefings-bench}
C="$W/c$N"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$REPO/pom.xml" | head -1)
GENERATOR=$(sed -n 's/.*GENERATOR = "\(.*\)";/\1/p' "$HERE/GenerateCorpus.java")
mkdir -p "$C"
if ! grep -qx "generator=$GENERATOR" "$C/corpus.properties" 2>/dev/null \
    || ! grep -qx "briefings=$N" "$C/corpus.properties"; then
  rm -rf "$C/target"
  java "$HERE/GenerateCorpus.java" "$N" "$C"
fi
rm -rf "$C/.mvn"
if [ "${JVM_CONFIG:-1}" != 0 ]; then
  mkdir -p "$C/.mvn"
  cp "$REPO/src/main/resources/io/github/briefings/starter/jvm.config" "$C/.mvn/jvm.config"
fi
cat > "$C/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>corpus</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.briefings</groupId><artifactId>briefing-maven-plugin</artifactId><version>$VERSION</version>
  </plugin></plugins></build>
</project>
POM
