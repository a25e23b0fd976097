import groovy.json.JsonSlurper

def report = { String run ->
    def f = new File(basedir, "target/${run}/briefing-build.json")
    assert f.isFile() : "no report for ${run}"
    new JsonSlurper().parse(f)
}
def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/briefing-site')

def r1 = report('run1')
assert r1.changed == true
assert r1.briefings == 2 && r1.heldBack == 2 && r1.drafts == 1 && r1.embargoed == 1 && r1.expired == 0
assert r1.nextChange == '2024-12-02T00:00:00+01:00'
assert r1.nextChangeFile == 'content/2024/rights.md' && r1.nextChangeEvent == 'expires'
assert r1.warnings == 0 && r1.errors == 0
assert log.contains('next change: content/2024/rights.md expires 2024-12-02T00:00+01:00')

def r2 = report('run2')
assert r2.changed == false : 'nothing was due an hour later'
assert r2.nextChange == r1.nextChange && r2.briefings == 2

def r3 = report('run3')
assert r3.changed == true
assert r3.briefings == 1 && r3.heldBack == 3 && r3.expired == 1
assert r3.nextChange == '2024-12-03T06:00:00+01:00' && r3.nextChangeEvent == 'goes live'
assert log.contains('next change: content/2024/later.md goes live 2024-12-03T06:00+01:00')
assert log.contains('Built 1 briefings (3 held back: 1 draft, 1 embargoed, 1 expired)')

def r4 = report('run4')
assert r4.changed == false : 'a second identical build changes nothing'
assert r4.nextChange == r3.nextChange && r4.briefings == 1 && r4.heldBack == 3

def r5 = report('run5')
assert r5.changed == true && r5.briefings == 2 && r5.heldBack == 2 && r5.embargoed == 0
assert r5.nextChange == null && r5.nextChangeFile == null

// the site is the one of the last run: rights.md taken down, later.md live, the draft never published
assert new File(site, '2024/11/now/index.html').isFile()
assert new File(site, '2024/12/later/index.html').isFile()
assert !new File(site, '2024/11/rights').exists()
assert !new File(site, '2024/11/unfinished').exists() && !new File(site, '2024/11/draft').exists()
assert !new File(site, 'index.html').getText('UTF-8').contains('Agency pictures')
return true
