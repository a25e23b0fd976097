package io.github.briefings.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCheckerTest {

  private static final URI BASE = URI.create("https://example.github.io/briefings/");

  @TempDir Path site;

  /** A well-formed page with the given body, at the given place. */
  private static String page(String body) {
    return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <title>A page</title>
                <link rel="stylesheet" href="/briefings/style.css">
                </head>
                <body>
                <h1 id="top-title">A page</h1>
                %s
                </body>
                </html>
                """
        .formatted(body);
  }

  private SiteCheckerTest write(String path, String text) {
    try {
      Path file = site.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A clean site: pages, a stylesheet, an image, a feed; every kind of link that must pass. */
  private SiteCheckerTest cleanSite() {
    write("style.css", "body{}");
    write("media/a.jpg", "jpg");
    write("media/a-2x.jpg", "jpg");
    write("media/a b.jpg", "jpg");
    write("script.js", "");
    write(
        "index.html",
        page(
            """
                <a href="/briefings/2024/11/x/">x</a>
                <a href="/briefings/2024/11/x">x without slash</a>
                <a href="2024/11/x/#lead">x, lead</a>
                <a href="/briefings/">home</a>
                <a href="/briefings">home without slash</a>
                <a href="https://example.github.io/briefings/2024/11/x/">absolute, same site</a>
                <a href="#top-title">self</a>
                <a href="#top">top</a>
                <a href="https://www.example.org/news?a=1">external</a>
                <a href="mailto:desk@example.org">mail</a>
                <a href="">empty</a>
                <img src="/briefings/media/a.jpg" srcset="/briefings/media/a.jpg 1x, /briefings/media/a-2x.jpg 2x" alt="a">
                <img src="media/a%20b.jpg" alt="b">
                <picture><source srcset="/briefings/media/a.jpg 480w, /briefings/media/a-2x.jpg 960w"><img src="media/a.jpg" alt="c"></picture>
                <script src="/briefings/script.js"></script>
                """));
    write(
        "2024/11/x/index.html",
        page(
            """
                <p id="lead">Lead</p>
                <a href="../../../">home, relative</a>
                <a href="../../../index.html#top-title">home title</a>
                <a href="https://example.github.io/other-project/">another project on the same host</a>
                """));
    write(
        "feed.xml",
        """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Briefings</title>
                  <link href="https://example.github.io/briefings/feed.xml" rel="self"/>
                  <entry><link href="https://example.github.io/briefings/2024/11/x/"/></entry>
                </feed>
                """);
    write(
        "sitemap.xml",
        """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.github.io/briefings/</loc></url>
                  <url><loc>https://example.github.io/briefings/2024/11/x/</loc></url>
                </urlset>
                """);
    return this;
  }

  private CheckResult check() {
    return new SiteChecker(BASE, 2).check(site);
  }

  private static List<String> lines(CheckResult result) {
    return result.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aCleanSiteHasNoProblemAndListsItsExternalLinks() {
    CheckResult result = cleanSite().check();
    assertThat(lines(result)).isEmpty();
    assertThat(result.pages()).isEqualTo(2);
    assertThat(result.xmlFiles()).isEqualTo(2);
    assertThat(result.externalLinks())
        .extracting(ExternalLink::url)
        .containsExactly(
            "https://example.github.io/other-project/", "https://www.example.org/news?a=1");
    ExternalLink news = result.externalLinks().get(1);
    assertThat(news.page()).isEqualTo("index.html");
    assertThat(news.element()).isEqualTo("<a href=\"https://www.example.org/news?a=1\">");
    assertThat(news.line()).isPositive();
  }

  @Test
  void aBrokenLinkNamesThePageTheElementAndTheMissingFile() {
    cleanSite()
        .write(
            "2024/11/y/index.html", page("<p>\n<a href=\"/briefings/2024/11/gone/\">gone</a></p>"));
    CheckResult result = check();
    assertThat(lines(result))
        .containsExactly(
            "2024/11/y/index.html:11:1: error: "
                + "<a href=\"/briefings/2024/11/gone/\"> points to 2024/11/gone/index.html, which is not in the site: "
                + "fix the link or add the file");
    assertThat(result.succeeded()).isFalse();
  }

  @Test
  void linksOutsideTheBasePathOrAboveTheRootAreErrors() {
    cleanSite()
        .write(
            "a/index.html",
            page(
                """
                <a href="/2024/11/x/">forgot the base path</a>
                <a href="../../../../etc/passwd">above the root</a>
                <a href="/briefings/%zz">bad encoding</a>
                """));
    assertThat(lines(check()))
        .containsExactly(
            "a/index.html:10:1: error: <a href=\"/2024/11/x/\"> is outside the site's base path /briefings/: "
                + "start the link with /briefings/ (a project site at /REPO/ is served only under /REPO/)",
            "a/index.html:11:1: error: <a href=\"../../../../etc/passwd\"> goes above the site's root: fix the link",
            "a/index.html:12:1: error: <a href=\"/briefings/%zz\"> is not a valid URL (bad percent-encoding): fix it");
  }

  @Test
  void aMissingImageStylesheetOrScriptIsAnError() {
    cleanSite()
        .write(
            "b/index.html",
            page(
                """
                <img src="/briefings/media/missing.jpg" alt="x">
                <link rel="stylesheet" href="/briefings/missing.css">
                <script src="/briefings/missing.js"></script>
                <meta property="og:image" content="https://example.github.io/briefings/media/og.jpg">
                """));
    assertThat(lines(check()))
        .containsExactly(
            "b/index.html:10:1: error: <img src=\"/briefings/media/missing.jpg\"> points to media/missing.jpg, "
                + "which is not in the site: fix the link or add the file",
            "b/index.html:11:1: error: <link href=\"/briefings/missing.css\"> points to missing.css, "
                + "which is not in the site: fix the link or add the file",
            "b/index.html:12:1: error: <script src=\"/briefings/missing.js\"> points to missing.js, "
                + "which is not in the site: fix the link or add the file",
            "b/index.html:13:1: error: <meta content=\"https://example.github.io/briefings/media/og.jpg\"> "
                + "points to media/og.jpg, which is not in the site: fix the link or add the file");
  }

  @Test
  void aBadSrcsetEntryIsNamed() {
    cleanSite()
        .write(
            "c/index.html",
            page(
                """
                <img src="/briefings/media/a.jpg" srcset="/briefings/media/a.jpg 1x, /briefings/media/a-3x.jpg 3x" alt="x">
                <img src="/briefings/media/a.jpg" srcset="/briefings/media/a.jpg big" alt="y">
                """));
    assertThat(lines(check()))
        .containsExactly(
            "c/index.html:10:1: error: <img srcset=\"/briefings/media/a.jpg 1x, /briefings/media/a-3x.jpg 3x\"> "
                + "srcset entry '/briefings/media/a-3x.jpg 3x' points to media/a-3x.jpg, which is not in the "
                + "site: fix the link or add the file",
            "c/index.html:11:1: error: <img srcset=\"/briefings/media/a.jpg big\"> has srcset entry "
                + "'/briefings/media/a.jpg big' whose descriptor 'big' is neither a width (480w) nor a "
                + "density (2x): fix the srcset");
  }

  @Test
  void aMissingAnchorOnThisOrAnotherPageIsAnError() {
    cleanSite()
        .write(
            "d/index.html",
            page(
                """
                <a href="#nowhere">here</a>
                <a href="/briefings/2024/11/x/#nope">there</a>
                <a href="/briefings/media/a.jpg#xywh=0,0,10,10">a fragment of an image is not checked</a>
                """));
    assertThat(lines(check()))
        .containsExactly(
            "d/index.html:10:1: error: <a href=\"#nowhere\"> points to #nowhere, but no element on this page has "
                + "id=\"nowhere\": add the id or fix the link",
            "d/index.html:11:1: error: <a href=\"/briefings/2024/11/x/#nope\"> points to #nope, but "
                + "2024/11/x/index.html has no element with id=\"nope\": add the id or fix the link");
  }

  @Test
  void aPageWithoutTitleLangOrH1IsAnError() {
    cleanSite()
        .write(
            "e/index.html",
            """
                <!DOCTYPE html>
                <html>
                <head><meta charset="utf-8"></head>
                <body><p>No heading</p></body>
                </html>
                """);
    assertThat(lines(check()))
        .containsExactly(
            "e/index.html:2:1: error: <html> has no lang attribute: say the page's language, e.g. <html lang=\"fr\">",
            "e/index.html:3:1: error: page has no <title>: give every page a non-empty <title> in its <head>",
            "e/index.html:4:1: error: page has no <h1>: give every page a main heading");
  }

  @Test
  void aTextFileNamedHtmlIsNotAPage() {
    // e.g. a search engine's verification file copied from site/static/
    cleanSite()
        .write(
            "google0123456789abcdef.html", "google-site-verification: google0123456789abcdef.html");
    assertThat(lines(check())).isEmpty();
  }

  @Test
  void aDuplicateIdIsAnError() {
    cleanSite()
        .write(
            "f/index.html",
            page(
                """
                <section id="main">one</section>
                <div id="main">two</div>
                """));
    assertThat(lines(check()))
        .containsExactly(
            "f/index.html:11:1: error: <div id=\"main\"> repeats id=\"main\" "
                + "(first used at 10:1): make each id unique on the page");
  }

  @Test
  void newsMetadataTooLongMissingOrTooSmallIsAWarning() {
    String title = "T".repeat(111);
    cleanSite()
        .write(
            "g/index.html",
            page(
                """
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"%s",
                "image":{"@type":"ImageObject","width":800,"height":600}}</script>
                """
                    .formatted(title)));
    write(
        "h/index.html",
        page(
            """
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Short",
                "description":"%s","image":{"width":1200}}</script>
                """
                .formatted("d".repeat(301))));
    write(
        "i/index.html",
        page(
            """
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Short",
                "description":"Fine.","image":{"width":1600}}</script>
                <script type="application/ld+json">{"@type": </script>
                """));
    List<String> lines = lines(check());
    assertThat(lines)
        .filteredOn(l -> l.startsWith("g/"))
        .containsExactlyInAnyOrder(
            "g/index.html:10:1: warning: title is 111 characters long: search engines cut titles over 110; "
                + "shorten it",
            "g/index.html:10:1: warning: briefing has no summary: search results and social cards show one; "
                + "add 'summary:'",
            "g/index.html:10:1: warning: lead image is 800 px wide: social networks need at least 1200 px "
                + "for a large card; use a wider photo");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("h/"))
        .containsExactly(
            "h/index.html:10:1: warning: summary is 301 characters long: over 300 it is cut in search results; "
                + "shorten it");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("i/"))
        .singleElement()
        .asString()
        .startsWith("i/index.html:12:1: error: JSON-LD is not valid JSON");
  }

  @Test
  void malformedXmlIsAnErrorWithItsLine() {
    cleanSite()
        .write(
            "topics/x/feed.xml",
            """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Unclosed
                </feed>
                """);
    List<String> lines = lines(check());
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .startsWith("topics/x/feed.xml:4:3: error: not well-formed XML (")
        .contains("title")
        .endsWith("\"): fix the file (or the template that writes it)");
  }

  @Test
  void xmlWithAnExternalEntityIsNeverResolved() throws IOException {
    Path secret =
        Files.writeString(
            site.getParent().resolve("secret-" + System.nanoTime() + ".txt"), "SECRET");
    try {
      cleanSite()
          .write(
              "evil.xml",
              """
                    <?xml version="1.0"?>
                    <!DOCTYPE r [<!ENTITY x SYSTEM "%s">]>
                    <urlset><url><loc>https://example.github.io/briefings/&x;</loc></url></urlset>
                    """
                  .formatted(secret.toUri()));
      CheckResult result = check();
      // the entity is refused or left empty; either way its text never reaches a message
      assertThat(lines(result)).noneMatch(l -> l.contains("SECRET"));
    } finally {
      Files.deleteIfExists(secret);
    }
  }

  @Test
  void sitemapAndFeedLinksMustResolve() {
    cleanSite()
        .write(
            "news-sitemap.xml",
            """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.github.io/briefings/2024/11/gone/</loc></url>
                </urlset>
                """);
    assertThat(lines(check()))
        .containsExactly(
            "news-sitemap.xml:3:13: error: "
                + "<loc>https://example.github.io/briefings/2024/11/gone/</loc> points to 2024/11/gone/index.html, "
                + "which is not in the site: fix the link or add the file");
  }

  @Test
  void theReportIsTheSameWhateverTheNumberOfThreads() {
    cleanSite();
    for (int i = 0; i < 40; i++) {
      write(
          "p" + i + "/index.html",
          page(
              "<a href=\"/briefings/missing-"
                  + (i % 7)
                  + "/\">x</a>"
                  + "<div id=\"d\"></div><div id=\"d\"></div>"));
    }
    List<String> one = lines(new SiteChecker(BASE, 1).check(site));
    List<String> four = lines(new SiteChecker(BASE, 4).check(site));
    assertThat(one).hasSize(80).isEqualTo(four);
    assertThat(one).isSorted();
  }

  @Test
  void aRootSiteWorksWithoutBasePath() {
    write(
        "index.html", page("<a href=\"/a/\">a</a>").replace("/briefings/style.css", "/style.css"));
    write("style.css", "");
    write(
        "a/index.html",
        page("<a href=\"/\">home</a>").replace("/briefings/style.css", "/style.css"));
    assertThat(lines(new SiteChecker(URI.create("https://desk.example.org"), 1).check(site)))
        .isEmpty();
  }

  @Test
  void noSiteIsAnErrorSayingToBuildFirst() {
    CheckResult result = new SiteChecker(BASE, 1).check(site.resolve("missing"));
    assertThat(lines(result)).singleElement().asString().contains("build it first");
  }

  @Test
  void theExampleSiteOfThisRepositoryChecksClean(@TempDir Path out) {
    BuildOptions options =
        BuildOptions.defaults(Path.of("").toAbsolutePath())
            .withOutputDir(out.resolve("site"))
            .withNow(Instant.parse("2024-12-01T12:00:00Z"))
            .withThreads(2);
    BuildResult build = Briefings.build(options);
    assertThat(build.succeeded()).as("%s", build.problems()).isTrue();
    CheckResult result =
        SiteChecker.forSite(options.projectDir(), options.baseUrl(), options.threads())
            .check(build.outputDir());
    assertThat(lines(result)).isEmpty();
    assertThat(result.pages()).isGreaterThan(5);
  }

  @Test
  void codeThatWouldRunInAReadersBrowserIsAnError() {
    cleanSite()
        .write(
            "d/index.html",
            page(
                """
                <a href="/briefings/" onclick="steal()">home</a>
                <a href=" JavaScript:alert(1)">x</a>
                <script>alert(1)</script>
                <script type="application/ld+json">{"@type":"WebPage"}</script>
                <img src="/briefings/media/a.jpg" alt="a" ONERROR="x()">
                """));
    assertThat(lines(check()))
        .containsExactly(
            "d/index.html:10:1: error: <a onclick=\"steal()\"> is an event handler, which runs script:"
                + " remove it from the template or briefing that writes it",
            "d/index.html:11:1: error: <a href=\" JavaScript:alert(1)\"> is a script URL: link to a"
                + " page or file instead (http, https, mailto or a path)",
            "d/index.html:12:1: error: <script> runs inline code: remove it, or move the code to a"
                + " file under site/static and load it with <script src>",
            "d/index.html:14:1: error: <img onerror=\"x()\"> is an event handler, which runs script:"
                + " remove it from the template or briefing that writes it");
  }

  @Test
  void codeInAFeedsHtmlIsAnError() {
    cleanSite()
        .write(
            "feed.xml",
            """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Briefings</title>
                  <link href="https://example.github.io/briefings/feed.xml" rel="self"/>
                  <entry>
                    <content type="html">&lt;p&gt;Hi&lt;img src=x onerror=alert(2)&gt;&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);
    assertThat(lines(check()))
        .containsExactly(
            "feed.xml:6:26: error: <content> holds HTML where <img onerror=\"alert(2)\"> is an event"
                + " handler, which runs script: remove it from the template or briefing that writes it");
  }
}
