def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] -Dtitle is missing: give the site\'s name, e.g. -Dtitle="Le Desk"')
assert log.contains("[ERROR] -DbaseUrl must be an absolute http(s) URL such as https://example.github.io/briefings/, not 'desk.github.io/briefs'")
assert log.contains("[ERROR] -Dlanguage: 'fx' is not an ISO 639-1 language code (did you mean fa?): use two letters such as fr or en")
assert log.contains("[ERROR] -Dtimezone: 'Europe/Pariss' is not a time zone (did you mean Europe/Paris?): use a region id such as Europe/Paris or UTC")
assert log.contains('briefing:init wrote nothing: 4 problems (see above)')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
// the invoker's own files only (it adds .mvn/)
def left = basedir.list().findAll { !(it in ['build.log', 'invoker.properties', 'verify.groovy', '.mvn']) }
assert left.isEmpty() : "init wrote ${left}"
return true
