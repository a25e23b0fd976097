import org.jsoup.Jsoup

def site = new File(basedir, 'target/briefing-site')
assert site.isDirectory() : 'no site was written'

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')

// every briefing of the repository that is not a draft has its page, with its title as <h1>
def content = new File(basedir, '../../../content')
def count = 0
content.eachFileRecurse { f ->
    if (!f.name.endsWith('.md')) return
    def text = f.getText('UTF-8')
    if (text =~ /(?m)^draft:\s*true/) return
    def title = (text =~ /(?m)^title:\s*"(.*)"\s*$/)[0][1]
    def pages = []
    site.eachFileRecurse { p -> if (p.name == 'index.html' && p.path =~ /\/\d{4}\/\d{2}\//) pages << p }
    def page = pages.find { Jsoup.parse(it, 'UTF-8').selectFirst('h1')?.text() == title }
    assert page != null : "no page with the title of ${f.name}"
    count++
}
assert count >= 6

def home = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
assert home.selectFirst('html').attr('lang') == 'fr'
assert new File(site, 'en/index.html').isFile()
assert new File(site, '404.html').isFile()
assert new File(site, 'style.css').isFile()

// every photo is a figure with alt, size and a credit
site.eachFileRecurse { p ->
    if (!p.name.endsWith('.html')) return
    def doc = Jsoup.parse(p, 'UTF-8')
    doc.select('figure').each { fig ->
        def img = fig.selectFirst('img')
        assert img.attr('alt') : "figure without alt in ${p}"
        assert img.attr('width') ==~ /\d+/ && img.attr('height') ==~ /\d+/
        assert fig.selectFirst('figcaption .credit')?.text() : "figure without credit in ${p}"
        def src = img.attr('src')
        assert src.startsWith('/briefings/') : "link without base path: ${src}"
        assert new File(site, src.substring('/briefings/'.length())).isFile() : "missing photo ${src}"
    }
}
return true
