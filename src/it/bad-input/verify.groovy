def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')

def expected = [
    "content/2024/no-front-matter.md:1:1: error: missing front matter",
    "content/2024/unclosed.md:1:1: error: unclosed front matter",
    "content/2024/malformed.md:3:",
    "content/2024/missing-field.md:1: error: missing required field 'summary'",
    "content/2024/wrong-type.md:6:12: error: 'countries' must be a list",
    "content/2024/bad-date.md:4:7: error: unparseable date '6 novembre 2024'",
    "content/2024/bad-terms.md:6:17: error: unknown country code 'RK' (did you mean KR, South Korea?)",
    "content/2024/bad-terms.md:7:10: error: undeclared topic 'defense' (did you mean defence?)",
    "content/2024/bad-terms.md:8:7: error: language 'de' is not one of the site's languages",
    "content/2024/bad-photos.md:9:8: error: photo file not found: 'images/missing.jpg'",
    "content/2024/bad-photos.md:13:1: error: photo path '../../../etc/passwd' leaves the content folder",
    "content/2024/bad-photos.md:15:1: error: photo 'images/ok.jpg' has no credit",
    "content/2024/bad-photos.md:17:1: error: photo 'images/ok.jpg' has no alt text",
    "content/2024/same-url-a.md:1:1: error: two briefings have the same URL /2024/11/same/",
    "content/2024/same-url-b.md:1:1: error: two briefings have the same URL /2024/11/same/",
    "content/2024/translation-a.md:9:17: error: translationKey 'twin' is also used in language 'fr' by content/2024/translation-b.md",
    "content/2024/translation-b.md:9:17: error: translationKey 'twin' is also used in language 'fr' by content/2024/translation-a.md",
    "templates/briefing.ftlh:4:",
    // issue 16: the mistakes writers make, in their words
    // (the log's non-ASCII characters depend on the platform's encoding: the lines are matched up to them)
    "content/2024/curly-colon.md:2:8: error: the ':' inside curly quotes breaks this line of front matter: YAML does not take ",
    "content/2024/impossible-date.md:4:7: error: the date '2024-11-31' in 'date' does not exist: November 2024 has 30 days",
    "content/2024/tab-indent.md:9:1: error: tab used for indentation in front matter: indent with spaces, not tabs",
    "content/2024/typed-codes.md:6:13: error: unknown country code 'UK' (did you mean GB, United Kingdom?)",
    "content/2024/typed-codes.md:6:17: error: unknown country code 'SEN' (did you mean SN, Senegal?)",
    "content/2024/typed-codes.md:6:22: error: unknown country code 'EL' (did you mean GR, Greece?)",
    "content/2024/typed-codes.md:7:19: error: undeclared topic 'defnece' (did you mean defence?)",
    // briefing:new's placeholders left in a briefing that is no longer a draft
    "content/2024/placeholders.md:3:10: error: the standfirst is still the placeholder 'TODO",
    "content/2024/placeholders.md:10:1: error: the body still holds the placeholder that briefing:new wrote",
]
def errorLines = log.readLines().findAll { it.startsWith('[ERROR] ') && it =~ /: error: / }
expected.each { e ->
    def hits = errorLines.findAll { it.contains(e) }
    assert hits.size() == 1 : "expected exactly one error line containing <${e}>, got ${hits}\n${log}"
}
// a value in curly quotes is a warning, not an error; guillemets and a topic in capitals are fine
def curly = ": warning: 'title' is in curly quotes: use straight quotes \""
def warningLines = log.readLines().findAll { it.startsWith('[WARNING] ') && it =~ /: warning: / }
[
    "site/site.yaml:1:8" + curly,
    "content/2024/curly-quotes.md:2:8" + curly,
    "content/2024/curly-quotes.md:5:16: warning: 'author' is in curly quotes",
].each { w ->
    def hits = warningLines.findAll { it.contains(w) }
    assert hits.size() == 1 : "expected exactly one warning line containing <${w}>, got ${hits}\n${log}"
}
assert !log.contains('curly-quotes.md:8:') : 'a headline in guillemets is not a mistake'
assert errorLines.findAll { it.contains('curly-quotes.md') || it.contains('typed-codes.md:7:10:') }.isEmpty()
// a broken IPTC length is a warning, and the credit read before the damage is kept
assert log.contains('content/images/broken-iptc.jpg: warning: damaged IPTC metadata')
assert errorLines.findAll { it.contains('broken-iptc') }.isEmpty()
assert log.contains('malformed YAML in front matter')
assert log.contains('headline')
assert log =~ /\d+ errors in content/
// no stack trace for bad input
assert !log.contains('\tat io.github.briefings')
// the previous site is untouched, and nothing is left behind
assert new File(basedir, 'target/briefing-site/index.html').text == '<p>previous site</p>'
assert new File(basedir, 'target').list().findAll { it.startsWith('.briefing-site') }.isEmpty()
return true
