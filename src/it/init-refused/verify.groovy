def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] pom.xml already exists')
assert log.contains('[ERROR] README.md already exists')
assert log.contains('[ERROR] site/site.yaml already exists')
assert log.contains('briefing:init wrote nothing: 3 files already exist: run init in an empty folder, or move them away first')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
// untouched, and nothing added
assert new File(basedir, 'README.md').text == '# Our own README\n'
assert new File(basedir, 'site/site.yaml').text == 'title: "Existing"\n'
assert new File(basedir, 'pom.xml').text.contains('<artifactId>existing</artifactId>')
['content', '.github', 'templates', '.gitignore', 'site/static'].each {
    assert !new File(basedir, it).exists() : "init wrote ${it}"
}
return true
