package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class IndexPagesTest {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

  @TempDir Path tmp;

  private TestProject project() {
    TestProject p = new TestProject(tmp);
    p.image("content/images/lead.jpg", 40, 30);
    write(p, "a", "fr", "2024-11-01T10:00:00+01:00", "[RU, KP]", "[defence]", "");
    write(p, "b", "fr", "2024-11-02T10:00:00+01:00", "[RU]", "[diplomacy]", "");
    write(
        p,
        "c",
        "fr",
        "2024-11-03T10:00:00+01:00",
        "[RU, UA]",
        "[defence, diplomacy]",
        "translationKey: c\n");
    write(p, "c-en", "en", "2024-11-03T12:00:00+01:00", "[RU]", "[defence]", "translationKey: c\n");
    write(p, "d", "fr", "2024-11-30T10:00:00+01:00", "[EG]", "[defence]", "");
    return p;
  }

  private static void write(
      TestProject p,
      String slug,
      String lang,
      String date,
      String countries,
      String topics,
      String extra) {
    p.write(
        "content/" + slug + ".md",
        """
                ---
                title: "Title %s <&>"
                summary: "Summary of %s."
                date: %s
                author: [Anna Novak, Jean Dupont]
                lang: %s
                countries: %s
                topics: %s
                photo: { src: images/lead.jpg, alt: "Alt", credit: "Credit" }
                %s---
                Body of %s with [a link](/2024/11/a/) and a <b>bold</b> word.

                ![Inline alt](images/lead.jpg "Inline caption"){credit="Inline credit"}
                """
            .formatted(slug, slug, date, lang, countries, topics, extra, slug));
  }

  private static List<String> titles(Document page) {
    return page.select("main .cards h2 a").eachText();
  }

  @Test
  void countryAndTopicPagesListExactlyTheirBriefingsAcrossPages() {
    TestProject p = project();
    BuildResult result = Briefings.build(p.options());
    assertThat(result.problems()).isEmpty();

    Document ru = Jsoup.parse(p.read("countries/ru/index.html"));
    assertThat(ru.selectFirst("h1").text()).isEqualTo("Russie");
    assertThat(titles(ru)).containsExactly("Title c <&>", "Title b <&>");
    Document ru2 = Jsoup.parse(p.read("countries/ru/page/2/index.html"));
    assertThat(titles(ru2)).containsExactly("Title a <&>");
    assertThat(ru2.select("a[rel=prev]").attr("href")).isEqualTo("/briefings/countries/ru/");
    assertThat(ru.select("a[rel=next]").attr("href")).isEqualTo("/briefings/countries/ru/page/2/");
    assertThat(Files.exists(p.out().resolve("countries/ru/page/3"))).isFalse();

    Document index = Jsoup.parse(p.read("countries/index.html"));
    assertThat(index.select(".term-list__name").eachText())
        .containsExactly("Corée du Nord", "Égypte", "Russie", "Ukraine");
    assertThat(index.select(".term-list__count").eachText()).containsExactly("1", "1", "3", "1");

    Document en = Jsoup.parse(p.read("en/countries/index.html"));
    assertThat(en.select(".term-list__name").eachText()).containsExactly("Russia");
    assertThat(titles(Jsoup.parse(p.read("en/countries/ru/index.html"))))
        .containsExactly("Title c-en <&>");

    Document defence = Jsoup.parse(p.read("topics/defence/index.html"));
    assertThat(defence.selectFirst("h1").text()).isEqualTo("Défense");
    assertThat(titles(defence)).containsExactly("Title d <&>", "Title c <&>");
    assertThat(Jsoup.parse(p.read("topics/index.html")).select(".term-list__name").eachText())
        .containsExactly("Défense", "Diplomatie");

    Document briefing = Jsoup.parse(p.read("2024/11/c/index.html"));
    assertThat(briefing.select("a.chip--country").eachAttr("href"))
        .containsExactly("/briefings/countries/ru/", "/briefings/countries/ua/");
    assertThat(briefing.select("a.chip--topic").eachAttr("href"))
        .containsExactly("/briefings/topics/defence/", "/briefings/topics/diplomacy/");
    assertThat(briefing.select("header nav a[href=/briefings/countries/]")).isNotEmpty();
    assertThat(briefing.select("header nav a[href=/briefings/topics/]")).isNotEmpty();
  }

  @Test
  void translationsLinkToEachOtherWithHreflang() {
    TestProject p = project();
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    Document fr = Jsoup.parse(p.read("2024/11/c/index.html"));
    assertThat(fr.select("head link[rel=alternate][hreflang]"))
        .extracting(e -> e.attr("hreflang") + " " + e.attr("href"))
        .containsExactly(
            "fr https://example.github.io/briefings/2024/11/c/",
            "en https://example.github.io/briefings/en/2024/11/c-en/");
    assertThat(fr.select(".translations a").attr("href")).isEqualTo("/briefings/en/2024/11/c-en/");
    Document en = Jsoup.parse(p.read("en/2024/11/c-en/index.html"));
    assertThat(en.select(".translations a").attr("href")).isEqualTo("/briefings/2024/11/c/");
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(en.select("header nav a[lang=fr]").attr("href")).isEqualTo("/briefings/2024/11/c/");
  }

  @Test
  void relatedBriefingsAtTheFoot() {
    TestProject p = project();
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    Document c = Jsoup.parse(p.read("2024/11/c/index.html"));
    // a shares RU and defence (2), b shares RU and diplomacy (2, newer), d shares defence (1)
    assertThat(c.select(".related h3 a").eachText())
        .containsExactly("Title b <&>", "Title a <&>", "Title d <&>");
  }

  @Test
  void homeShowsTheTopCountriesAndTopics() {
    TestProject p = project();
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    Document home = Jsoup.parse(p.read("index.html"));
    assertThat(home.select(".top-terms .term-list__name").eachText()).startsWith("Russie");
    assertThat(home.select("head link[type=application/atom+xml]").attr("href"))
        .isEqualTo("/briefings/feed.xml");
  }

  @Test
  void everyFeedIsAtomWithAbsoluteLinksAndFullContent() throws Exception {
    TestProject p = project();
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    List<Path> feeds = files(p.out(), "feed.xml");
    assertThat(feeds)
        .extracting(f -> p.out().relativize(f).toString())
        .contains(
            "feed.xml",
            "en/feed.xml",
            "countries/ru/feed.xml",
            "countries/kp/feed.xml",
            "topics/defence/feed.xml",
            "en/topics/defence/feed.xml");
    for (Path f : feeds) {
      org.w3c.dom.Document feed = parse(f);
      assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
      assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
      assertThat(feed.getDocumentElement().getAttribute("xml:lang")).isIn("fr", "en");
    }
    org.w3c.dom.Document ru = parse(p.out().resolve("countries/ru/feed.xml"));
    NodeList entries = ru.getElementsByTagNameNS(ATOM, "entry");
    assertThat(entries.getLength()).isEqualTo(3);
    Element first = (Element) entries.item(0);
    assertThat(text(first, "title")).isEqualTo("Title c <&>");
    assertThat(text(first, "id")).isEqualTo("https://example.github.io/briefings/2024/11/c/");
    assertThat(first.getElementsByTagNameNS(ATOM, "author").getLength()).isEqualTo(2);
    assertThat(text(first, "summary")).isEqualTo("Summary of c.");
    assertThat(text(first, "content"))
        .contains("<b>bold</b>")
        .contains("href=\"https://example.github.io/briefings/2024/11/a/\"")
        .containsPattern(
            "src=\"https://example.github.io/briefings/media/images/lead\\.40\\.[0-9a-f]{10}\\.jpg\"")
        .containsPattern(
            "srcset=\"https://example.github.io/briefings/media/images/lead\\.40\\.[0-9a-f]{10}\\.jpg 40w\"");
    List<String> categories = new ArrayList<>();
    NodeList cats = first.getElementsByTagNameNS(ATOM, "category");
    for (int i = 0; i < cats.getLength(); i++) {
      categories.add(((Element) cats.item(i)).getAttribute("label"));
    }
    assertThat(categories).containsExactly("Russie", "Ukraine", "Défense", "Diplomatie");
    assertThat(text(ru.getDocumentElement(), "updated")).isEqualTo("2024-11-03T10:00:00+01:00");
    Document page = Jsoup.parse(p.read("countries/ru/index.html"));
    assertThat(page.select("head link[type=application/atom+xml]").attr("href"))
        .isEqualTo("/briefings/countries/ru/feed.xml");
  }

  @Test
  void sitemapsListEveryPageAndTheLastTwoDaysNews() throws Exception {
    TestProject p = project();
    BuildResult result =
        Briefings.build(p.options().withNow(Instant.parse("2024-12-01T12:00:00Z")));
    assertThat(result.succeeded()).isTrue();
    org.w3c.dom.Document sitemap = parse(p.out().resolve("sitemap.xml"));
    assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
    List<String> locs = texts(sitemap, SITEMAP, "loc");
    assertThat(locs)
        .allSatisfy(l -> assertThat(l).startsWith("https://example.github.io/briefings/"));
    assertThat(locs)
        .contains(
            "https://example.github.io/briefings/",
            "https://example.github.io/briefings/2024/11/a/",
            "https://example.github.io/briefings/countries/ru/page/2/",
            "https://example.github.io/briefings/en/topics/");
    assertThat(locs).doesNotContain("https://example.github.io/briefings/404.html");
    // the search pages (noindex: they show nothing without a query) are not listed either
    assertThat(locs)
        .doesNotContain(
            "https://example.github.io/briefings/search/",
            "https://example.github.io/briefings/en/search/");
    long pages;
    try (Stream<Path> html = Files.walk(p.out())) {
      pages =
          html.filter(f -> f.toString().endsWith(".html"))
              .filter(f -> !f.getParent().getFileName().toString().equals("search"))
              .count();
    }
    assertThat(locs).hasSize((int) pages - 1);
    assertThat(texts(sitemap, SITEMAP, "lastmod")).hasSize(locs.size());

    org.w3c.dom.Document news = parse(p.out().resolve("news-sitemap.xml"));
    assertThat(texts(news, SITEMAP, "loc"))
        .containsExactly("https://example.github.io/briefings/2024/11/d/");
    assertThat(texts(news, NEWS, "name")).containsExactly("Test Briefings");
    assertThat(texts(news, NEWS, "language")).containsExactly("fr");
    assertThat(texts(news, NEWS, "title")).containsExactly("Title d <&>");

    assertThat(p.read("robots.txt"))
        .contains("Sitemap: https://example.github.io/briefings/sitemap.xml")
        .contains("Sitemap: https://example.github.io/briefings/news-sitemap.xml");
  }

  @Test
  void termPagesCanBeSwitchedOffToMeasureTheirCost() {
    TestProject p = project();
    BuildResult result = Briefings.build(p.options().withTermPages(false));
    assertThat(result.succeeded()).isTrue();
    assertThat(Files.exists(p.out().resolve("countries"))).isFalse();
    assertThat(Files.exists(p.out().resolve("feed.xml"))).isTrue();
    assertThat(Jsoup.parse(p.read("2024/11/c/index.html")).select("a.chip")).isEmpty();
  }

  @Test
  void aTranslationKeySharedInOneLanguageIsAnErrorInBothFiles() {
    TestProject p = project();
    write(p, "e", "fr", "2024-11-04T10:00:00+01:00", "[RU]", "[defence]", "translationKey: c\n");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "content/c.md:10:17: error: translationKey 'c' is also used in language 'fr' by content/e.md: each "
                + "language may have one version; give one another key",
            "content/e.md:10:17: error: translationKey 'c' is also used in language 'fr' by content/c.md: each "
                + "language may have one version; give one another key");
  }

  private static List<Path> files(Path root, String name) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(f -> f.getFileName().toString().equals(name)).sorted().toList();
    }
  }

  static org.w3c.dom.Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }

  private static List<String> texts(org.w3c.dom.Document doc, String ns, String name) {
    NodeList nodes = doc.getElementsByTagNameNS(ns, name);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }
}
