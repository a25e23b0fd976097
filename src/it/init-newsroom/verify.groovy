import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = { String path -> new File(basedir, path) }

// what init wrote
['pom.xml', '.gitignore', '.mvn/jvm.config', 'README.md', '.github/workflows/pages.yml', 'site/site.yaml', 'site/static/favicon.svg',
 'templates/README.md', 'content/images/welcome-desk.jpg', 'content/images/welcome-notebook.jpg'].each {
    assert file(it).isFile() : "init did not write ${it}"
}
def welcome = new File(basedir, 'content').listFiles().find { it.isDirectory() && it.name ==~ /\d{4}/ }
assert welcome != null && new File(welcome, 'bienvenue.md').isFile()
def pom = file('pom.xml').getText('UTF-8')
assert pom.contains("<briefings.version>${projectVersion}</briefings.version>") : 'the pom declares the version that ran init'
assert pom.contains('<id>default-site</id>') && pom.contains('<phase>none</phase>')
def yaml = file('site/site.yaml').getText('UTF-8')
assert yaml.contains('title: "Le Desk"') && yaml.contains('baseUrl: https://desk.github.io/briefs/')
assert yaml.contains('languages: [fr, en]') && yaml.contains('timezone: Europe/Paris')
assert log.contains('Started the briefing site in')

// `mvn site` and `briefing:check`: no warning from Maven or the plugin, nothing published yet
def warnings = log.readLines().findAll { it.contains('[WARNING]') }
assert warnings.isEmpty() : "warnings after init:\n${warnings.join('\n')}"
assert log.contains('Built 0 briefings (1 held back: 1 draft)')
assert log =~ /Checked \d+ pages and \d+ XML files \(\d+ files\) in \d+ ms: 0 errors, 0 warnings/
assert file('target/briefing-site/index.html').isFile()
assert !file('target/briefing-site/2026').exists() && !new File(file('target/briefing-site'), welcome.name).exists()

def report = new JsonSlurper().parse(file('target/briefing-build.json'))
assert report.briefings == 0 && report.drafts == 1 && report.errors == 0 && report.warnings == 0
assert report.changed == false : 'check rebuilt the site that `mvn site` had built'
return true
