import org.jsoup.Jsoup

def site = new File(basedir, 'target/briefing-site')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('maven-site-plugin') || !log.contains('default-site')

def page = Jsoup.parse(new File(site, '2024/11/harbour/index.html'), 'UTF-8')
// hostile strings are text, not markup, and are not evaluated (typography makes its quotes curly, as in a body)
def title = "Port reopens after the storm <script>alert(\u2018x\u2019)</script>"
assert page.selectFirst('h1').text() == title
// the only script is the JSON-LD data block, and the hostile title cannot close it
def scripts = page.select('script')
assert scripts.size() == 1 && scripts.first().attr('type') == 'application/ld+json'
assert scripts.first().data().contains('\\u003Cscript\\u003Ealert')
def ld = new com.fasterxml.jackson.databind.ObjectMapper().readTree(scripts.first().data())
assert ld.path('@type').asText() == 'NewsArticle'
assert ld.path('headline').asText() == title
assert page.text().contains('${7*7}') && page.text().contains('{{ .Title }}')
assert page.text().contains('Min-jun Park, Ana Lopes and Desk')
// project site: every link under /desk/
assert page.selectFirst('link[rel=stylesheet]').attr('href') == '/desk/style.css'
assert page.select('.briefing__body a[href=/desk/2024/11/patrols/]').size() == 1
assert page.select('.related a[href=/desk/2024/11/patrols/]').size() >= 1
assert new File(site, 'countries/kr/index.html').isFile() && new File(site, 'topics/maritime/feed.xml').isFile()
def figures = page.select('figure')
assert figures.size() == 2
// responsive images: a content-hashed copy per width (never upscaled: the 90 px map gets only its own)
def map = figures[1].selectFirst('img')
assert map.attr('src') ==~ /\/desk\/media\/images\/map\.90\.[0-9a-f]{10}\.jpg/
assert map.attr('srcset') == map.attr('src') + ' 90w'
assert map.attr('sizes') && map.attr('width') == '90' && map.attr('height') == '60' && map.attr('loading') == 'lazy'
assert new File(site, map.attr('src').substring('/desk/'.length())).isFile()
assert figures[0].selectFirst('img').attr('srcset') && !figures[0].selectFirst('img').hasAttr('loading')
assert figures[1].selectFirst('.credit').text() == 'Desk / Map'
assert new File(site, 'media/images/map.jpg').isFile()
assert new File(site, 'media/2024/harbour.jpg').isFile()

// pageSize 1: two home pages, newest first
def home = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
assert home.text().contains('Port reopens')
def second = Jsoup.parse(new File(site, 'page/2/index.html'), 'UTF-8')
assert second.text().contains('Coast guard patrols increase')
// overridden message and template, static file
assert home.text().contains('Latest from the desk')
assert Jsoup.parse(new File(site, '404.html'), 'UTF-8').selectFirst('h1').text() == 'Lost at sea'
assert new File(site, 'CNAME').text.trim() == 'desk.example.org'
// only .md files are briefings
assert !new File(site, 'media/images.md.txt').exists()
return true
