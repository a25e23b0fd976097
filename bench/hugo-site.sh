#!/bin/sh
# Lays a corpus made by bench/GenerateCorpus.java out as a Hugo site (bench/perf.sh's other side):
# bench/hugo/ (settings and layouts), the briefings under content/briefings/YYYY/, the photos under
# static/images/. Hugo's Markdown has no attributes on images, so each inline photo's
# {credit="…"} goes into its title as "caption|credit", which the site's image hook splits again;
# its path gets a leading / (Hugo resolves a page's relative links against the page's own URL).
#
# Usage: bench/hugo-site.sh CORPUS_DIR SITE_DIR      then: hugo --quiet -s SITE_DIR -d OUT
# (Hugo: apt-get install -y hugo)
set -eu
[ $# -eq 2 ] || { echo "usage: $0 CORPUS_DIR SITE_DIR" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS=$(cd "$1" && pwd)
SITE=$2
[ -f "$CORPUS/site/site.yaml" ] || { echo "$0: $CORPUS is not a generated corpus (no site/site.yaml)" >&2; exit 2; }
rm -rf "$SITE"
mkdir -p "$SITE/content/briefings" "$SITE/static"
cp -r "$HERE/hugo/." "$SITE/"
for year in "$CORPUS"/content/[0-9]*/; do
  cp -r "$year" "$SITE/content/briefings/"
done
cp -r "$CORPUS/content/images" "$SITE/static/images"
find "$SITE/content" -name '*.md' -exec sed -i \
  -e 's#^\(!\[[^]]*\]\)(images/#\1(/images/#' \
  -e 's#"){credit="\([^"]*\)"}$#|\1")#' {} +
echo "Hugo site in $SITE: $(find "$SITE/content" -name '*.md' | wc -l) briefings" >&2
