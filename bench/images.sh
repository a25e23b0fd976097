#!/bin/sh
# Measures responsive images: N generated 3000×2000 JPEGs (one lead photo per briefing), a cold build
# (empty image cache: every copy resized) then a warm one (cache kept: nothing resized). Prints the
# whole-process wall time of each and the time of the build's "resize photos" stage (the resizing
# begins beside the pages, so the stage is the part the pages did not hide).
#
# Usage: bench/images.sh [N] [WORK_DIR]      (run `mvn install` first; default N=200)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
N=${1:-200}; W=${2:-/tmp/briefings-bench/images$N}
MVN_OPTS_REPO=${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$REPO/pom.xml" | head -1)
if [ ! -f "$W/content/images/p$((N - 1)).jpg" ]; then
  rm -rf "$W"
  echo "generating $N photos of 3000×2000 in $W …"
  java "$HERE/GeneratePhotos.java" "$W" "$N" 3000 2000
fi
cat > "$W/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>images</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.briefings</groupId><artifactId>briefing-maven-plugin</artifactId><version>$VERSION</version>
  </plugin></plugins></build>
</project>
POM
build() {
  start=$(date +%s%N)
  (cd "$W" && mvn -B -o $MVN_OPTS_REPO briefing:build -Dbriefing.now=2026-01-01T00:00:00Z) > "$W/build-$1.log" 2>&1 \
    || { cat "$W/build-$1.log"; exit 1; }
  end=$(date +%s%N)
  resize=$(sed -n 's/.*resize photos *\([0-9]*\) ms.*/\1/p' "$W/build-$1.log")
  echo "$1 build: $(( (end - start) / 1000000 )) ms whole process, resize photos stage: $resize ms"
}
rm -rf "$W/target"
echo "N=$N photos of 3000×2000, $(nproc) cores"
build cold
build warm
