import io.github.briefings.typography.Typography
import org.jsoup.Jsoup

def site = new File(basedir, 'target/briefing-site')
assert site.isDirectory() : 'no site was written'

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')

// every briefing of the repository that is not a draft has its page, with its title as <h1> (typography applied)
def content = new File(basedir, '../../../content')
def count = 0
content.eachFileRecurse { f ->
    if (!f.name.endsWith('.md')) return
    def text = f.getText('UTF-8')
    if (text =~ /(?m)^draft:\s*true/) return
    def lang = text =~ /(?m)^lang:\s*(\w+)/ ? (text =~ /(?m)^lang:\s*(\w+)/)[0][1] : 'fr'
    def title = Typography.text((text =~ /(?m)^title:\s*"(.*)"\s*$/)[0][1], lang)
    def pages = []
    site.eachFileRecurse { p -> if (p.name == 'index.html' && p.path =~ /\/\d{4}\/\d{2}\//) pages << p }
    def page = pages.find { Jsoup.parse(it, 'UTF-8').selectFirst('h1')?.wholeText() == title }
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
        // responsive images: every copy in srcset is published, and src is one of them
        assert img.attr('sizes') : "figure without sizes in ${p}"
        def copies = img.attr('srcset').split(', ').collect { it.split(' ')[0] }
        assert copies.contains(src) : "src ${src} not in srcset of ${p}"
        copies.each { assert new File(site, it.substring('/briefings/'.length())).isFile() : "missing copy ${it}" }
    }
}

// the COP29 chart takes its caption and credit from its own embedded IPTC/XMP
def cop = Jsoup.parse(new File(site, 'en/2024/11/cop29-climate-finance-deal/index.html'), 'UTF-8')
def chart = cop.select('figure').find { it.selectFirst('img').attr('src').contains('/climate-finance-chart.') }
assert chart != null
assert chart.selectFirst('.caption').text().startsWith('The new goal is three times')
assert chart.selectFirst('.credit').text() == 'Illustration: Briefings'

// the credits pages list every photo of their language, with a link to its briefing
['', 'en/'].each { prefix ->
    def credits = Jsoup.parse(new File(site, prefix + 'credits/index.html'), 'UTF-8')
    def items = credits.select('.credit-list__item')
    assert !items.isEmpty() : "${prefix}credits/ lists no photo"
    items.each { item ->
        def img = item.selectFirst('img')
        assert img.attr('loading') == 'lazy' && img.attr('width') ==~ /\d+/ && img.attr('height') ==~ /\d+/
        assert new File(site, img.attr('src').substring('/briefings/'.length())).isFile()
        assert item.selectFirst('.credit')?.text()
        assert !item.select('a[href]').isEmpty()
    }
    assert Jsoup.parse(new File(site, prefix + 'index.html'), 'UTF-8').select("footer a[href=/briefings/${prefix}credits/]").size() == 1
}
def enCredits = Jsoup.parse(new File(site, 'en/credits/index.html'), 'UTF-8')
assert enCredits.text().contains('© Briefings 2024') && enCredits.text().contains('Briefings graphics desk')

// country and topic pages list exactly the briefings that name them, across all their pages
def briefingPages = []
site.eachFileRecurse { p -> if (p.name == 'index.html' && p.path =~ /\/\d{4}\/\d{2}\/[^\/]+\/index.html$/) briefingPages << p }
['countries', 'topics'].each { kind ->
    ['', 'en/'].each { prefix ->
        def expected = [:].withDefault { [] as Set }
        briefingPages.findAll { (it.path - site.path).startsWith('/' + prefix + '20') }.each { p ->
            def doc = Jsoup.parse(p, 'UTF-8')
            def url = '/briefings/' + (p.parentFile.path - site.path - '/') + '/'
            doc.select("a.chip--${kind == 'countries' ? 'country' : 'topic'}").each { a -> expected[a.attr('href')] << url }
        }
        def index = Jsoup.parse(new File(site, prefix + kind + '/index.html'), 'UTF-8')
        def termUrls = index.select('.term-list__link').collect { it.attr('href') } as Set
        assert termUrls == expected.keySet() : "${prefix}${kind}: ${termUrls} != ${expected.keySet()}"
        expected.each { termUrl, urls ->
            def found = [] as Set
            def page = new File(site, termUrl.substring('/briefings/'.length()) + 'index.html')
            while (page != null) {
                def doc = Jsoup.parse(page, 'UTF-8')
                doc.select('main .cards h2 a').each { found << it.attr('href') }
                def next = doc.selectFirst('a[rel=next]')
                page = next == null ? null : new File(site, next.attr('href').substring('/briefings/'.length()) + 'index.html')
            }
            assert found == urls : "${termUrl}: ${found} != ${urls}"
        }
    }
}

// feeds and site maps are well-formed XML with the right namespaces
def factory = javax.xml.parsers.DocumentBuilderFactory.newInstance()
factory.namespaceAware = true
def xmlFiles = []
site.eachFileRecurse { f -> if (f.name.endsWith('.xml')) xmlFiles << f }
assert xmlFiles.any { it.name == 'feed.xml' } && xmlFiles.any { it.name == 'sitemap.xml' }
xmlFiles.each { f ->
    def root = factory.newDocumentBuilder().parse(f).documentElement
    def ns = f.name == 'feed.xml' ? 'http://www.w3.org/2005/Atom' : 'http://www.sitemaps.org/schemas/sitemap/0.9'
    assert root.namespaceURI == ns : "${f}: ${root.namespaceURI}"
}
// the translated briefing pair links both ways
def fr = Jsoup.parse(new File(site, '2024/11/russie-coree-du-nord-traite/index.html'), 'UTF-8')
assert fr.select('link[rel=alternate][hreflang=en]').attr('href') == 'https://briefings.github.io/briefings/en/2024/11/russia-north-korea-treaty/'
assert new File(site, 'robots.txt').text.contains('Sitemap: https://briefings.github.io/briefings/sitemap.xml')
return true

// author pages: every byline links to its author's page, which lists their briefings
def camille = Jsoup.parse(new File(site, 'authors/camille-exemple/index.html'), 'UTF-8')
assert camille.selectFirst('h1').text() == 'Camille Exemple'
assert camille.select('.author__links a[rel=me]').size() == 2
assert camille.select('script[type=application/ld+json]').first().data().contains('"ProfilePage"')
site.eachFileRecurse { p ->
    if (!p.name.endsWith('.html') || !(p.path =~ /\/\d{4}\/\d{2}\//)) return
    def links = Jsoup.parse(p, 'UTF-8').select('.briefing__byline .byline__link')
    assert !links.isEmpty() : "byline without links in ${p}"
    links.each { a ->
        def href = a.attr('href')
        assert href.startsWith('/briefings/') && new File(site, href.substring('/briefings/'.length()) + 'index.html').isFile() : "byline link ${href} in ${p}"
    }
}
