def log = new File(basedir, 'build.log').text
def use = ': a build replaces everything in it; use a folder of its own, e.g. '
assert log.contains("-Dbriefing.outputDirectory=content is the project's content/ folder" + use + '-Dbriefing.outputDirectory=target/briefing-site')
assert log.contains('-Dbriefing.outputDirectory=. is the project folder' + use + '-Dbriefing.outputDirectory=target/briefing-site')
assert log.contains("-Dbriefing.previewDirectory=target/briefing-site is another goal's folder target/briefing-site" + use + '-Dbriefing.previewDirectory=target/briefing-preview')
assert log.contains('-Dbriefing.outputDirectory=docs holds files a build did not write (no .briefings-site in it): empty it or choose another folder, e.g. -Dbriefing.outputDirectory=target/briefing-site')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
assert !log.contains('BUILD SUCCESS') || log.count('BUILD SUCCESS') == 1

// every source is as it was; the refused runs wrote nothing anywhere
assert new File(basedir, 'content/2024/now.md').text.contains('The body of now.')
assert new File(basedir, 'pom.xml').text.contains('<artifactId>output-folder-refused</artifactId>')
assert new File(basedir, 'site/site.yaml').isFile()
assert new File(basedir, 'docs').list().toList() == ['guide.md']
assert new File(basedir, 'content').list().toList() == ['2024']
assert new File(basedir, 'content/2024').list().toList() == ['now.md']
assert !new File(basedir, 'target/briefing-preview').exists()

// the default folder is a build's: marked, readable by a web server running as another user
def site = new File(basedir, 'target/briefing-site')
assert new File(site, 'index.html').isFile()
assert new File(site, '.briefings-site').text.startsWith('Written by Briefings')
def perms = java.nio.file.Files.getPosixFilePermissions(site.toPath())
assert perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
assert perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)
return true
