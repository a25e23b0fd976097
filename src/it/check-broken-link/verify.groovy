def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')

// the build itself succeeded and wrote the site into target/
assert log.contains('Built 1 briefings')
assert new File(basedir, 'target/briefing-site/2024/11/patrols/index.html').isFile()

// one error line: the page (relative to the output), line and column, the element, why
def errors = log.readLines().findAll { it.startsWith('[ERROR] ') && it.contains(': error: ') }
assert errors.size() == 1 : errors.join('\n')
assert errors[0] ==~ /\[ERROR\] 2024\/11\/patrols\/index\.html:\d+:\d+: error: <a href="\/desk\/2024\/11\/storm\/"> points to 2024\/11\/storm\/index\.html, which is not in the site: fix the link or add the file/
// the summary and the failure count
assert log =~ /Checked \d+ pages and \d+ XML files \(\d+ files\) in \d+ ms: 1 error, 0 warnings/
assert log.contains('1 error in the built site')
// external links are listed with -Dbriefing.listExternal, never fetched
assert log.contains('External links (listed, not fetched): 1')
assert log.contains('https://www.example.org/ministry  (2024/11/patrols/index.html:')
// no stack trace for a broken site
assert !log.contains('\tat io.github.briefings')
// nothing outside target/ was written
def written = []
basedir.eachFileRecurse { f -> if (f.isFile()) written << basedir.toPath().relativize(f.toPath()).toString() }
assert written.findAll { !it.startsWith('target') }.sort() == ['build.log', 'content/2024/patrols.md', 'invoker.properties', 'pom.xml', 'site/site.yaml', 'verify.groovy'].sort()
return true
