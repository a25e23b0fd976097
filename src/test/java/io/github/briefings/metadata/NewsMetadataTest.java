package io.github.briefings.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON-LD, Open Graph, Twitter and canonical metadata of built briefing pages. */
class NewsMetadataTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private TestProject project() {
    TestProject p = new TestProject(tmp);
    p.write(
        "site/site.yaml",
        TestProject.SITE_YAML
            + """
                publisher: "Briefings SARL"
                logo: images/logo.png
                """);
    p.image("content/images/lead.jpg", 1600, 900);
    p.write(
        "content/images/lead.jpg.yaml",
        "creator: \"Jean Photographe\"\ncopyright: \"© Agence 2024\"\n");
    p.write(
        "content/treaty.md",
        """
                ---
                title: "Le traité </script><script>alert(1)</script> & « tout »"
                summary: "Moscou ratifie : enfin ?"
                date: 2024-11-06T18:00:00+01:00
                updated: 2024-11-07T09:00:00+01:00
                author: [Anna Novak, Jean Dupont]
                countries: [RU, KP]
                topics: [defence, diplomacy]
                dateline: "MOSCOU"
                translationKey: treaty
                photo:
                  src: images/lead.jpg
                  alt: "Le Kremlin"
                  caption: "Le Kremlin, en novembre"
                  credit: "Photo : Agence"
                corrections:
                  - date: 2024-11-08T10:00:00+01:00
                    text: "Une date était fausse."
                  - date: 2024-11-09T10:00:00+01:00
                    text: "Le nom </script> était mal écrit."
                ---
                Premier paragraphe.
                """);
    p.write(
        "content/treaty-en.md",
        """
                ---
                title: "The treaty: done?"
                summary: "Moscow ratifies."
                date: 2024-11-06T19:00:00+01:00
                author: Jean Dupont
                lang: en
                countries: [RU]
                topics: [defence]
                translationKey: treaty
                photo: { src: images/lead.jpg, alt: "The Kremlin", credit: "Agency" }
                ---
                First paragraph: it's here!
                """);
    return p;
  }

  private static JsonNode jsonLd(Document page) {
    List<Element> scripts = page.select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    try {
      return JSON.readTree(scripts.get(0).data());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path(field).asText())
        .toList();
  }

  @Test
  void briefingPageCarriesNewsArticleJsonLdWithEveryField() {
    TestProject p = project();
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).isTrue();
    String html = p.read("2024/11/treaty/index.html");
    JsonNode ld = jsonLd(Jsoup.parse(html));

    assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.path("url").asText())
        .isEqualTo("https://example.github.io/briefings/2024/11/treaty/");
    assertThat(ld.path("mainEntityOfPage").path("@id").asText())
        .isEqualTo("https://example.github.io/briefings/2024/11/treaty/");
    assertThat(ld.path("headline").asText())
        .isEqualTo("Le traité </script><script>alert(1)</script> & «\u202Ftout\u202F»");
    assertThat(ld.path("description").asText()).isEqualTo("Moscou ratifie\u00A0: enfin\u202F?");
    assertThat(ld.path("datePublished").asText()).isEqualTo("2024-11-06T18:00:00+01:00");
    // the latest correction is newer than `updated`
    assertThat(ld.path("dateModified").asText()).isEqualTo("2024-11-09T10:00:00+01:00");
    assertThat(texts(ld.path("author"), "@type")).containsExactly("Person", "Person");
    assertThat(texts(ld.path("author"), "name")).containsExactly("Anna Novak", "Jean Dupont");
    JsonNode publisher = ld.path("publisher");
    assertThat(publisher.path("@type").asText()).isEqualTo("Organization");
    assertThat(publisher.path("name").asText()).isEqualTo("Briefings SARL");
    assertThat(publisher.path("logo").path("url").asText())
        .isEqualTo("https://example.github.io/briefings/images/logo.png");
    assertThat(ld.path("inLanguage").asText()).isEqualTo("fr");
    assertThat(
            StreamSupport.stream(ld.path("articleSection").spliterator(), false)
                .map(JsonNode::asText))
        .containsExactly("Défense", "Diplomatie");
    assertThat(texts(ld.path("about"), "@type")).containsExactly("Country", "Country");
    assertThat(texts(ld.path("about"), "identifier")).containsExactly("RU", "KP");
    assertThat(texts(ld.path("about"), "name")).containsExactly("Russie", "Corée du Nord");
    JsonNode image = ld.path("image");
    assertThat(image.path("@type").asText()).isEqualTo("ImageObject");
    assertThat(image.path("contentUrl").asText())
        .startsWith("https://example.github.io/briefings/")
        .endsWith(".jpg");
    assertThat(image.path("caption").asText()).isEqualTo("Le Kremlin, en novembre");
    // the credit as the page's figcaption shows it: the JSON-LD says what the page says
    assertThat(image.path("creditText").asText())
        .isEqualTo("Photo\u00A0: Agence")
        .isEqualTo(Jsoup.parse(html).selectFirst(".figure--lead .credit").wholeText());
    assertThat(image.path("creator").path("name").asText()).isEqualTo("Jean Photographe");
    assertThat(image.path("copyrightNotice").asText()).isEqualTo("© Agence 2024");
    assertThat(image.path("width").asInt()).isEqualTo(1600);
    assertThat(image.path("height").asInt()).isEqualTo(900);
    assertThat(ld.path("dateline").asText()).isEqualTo("MOSCOU");
    assertThat(texts(ld.path("correction"), "@type"))
        .containsExactly("CorrectionComment", "CorrectionComment");
    assertThat(texts(ld.path("correction"), "datePublished"))
        .containsExactly("2024-11-08T10:00:00+01:00", "2024-11-09T10:00:00+01:00");
    assertThat(texts(ld.path("correction"), "text"))
        .containsExactly("Une date était fausse.", "Le nom </script> était mal écrit.");
  }

  @Test
  void scriptValuesCannotCloseTheScriptElement() {
    TestProject p = project();
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    String html = p.read("2024/11/treaty/index.html");
    int start = html.indexOf("<script type=\"application/ld+json\">");
    int end = html.indexOf("</script>", start);
    String json = html.substring(start, end);
    assertThat(json)
        .doesNotContain("<script>", "</", "&")
        .contains("\\u003C/script\\u003E", "\\u0026");
    // the page has exactly the one script: nothing broke out of it
    assertThat(Jsoup.parse(html).select("script")).hasSize(1);
  }

  @Test
  void scriptJsonEscapesHtmlSignificantCharacters() {
    assertThat(ScriptJson.write(java.util.Map.of("a", "</script>&'\u2028")))
        .isEqualTo("{\"a\":\"\\u003C/script\\u003E\\u0026\\u0027\\u2028\"}");
  }

  @Test
  void openGraphTwitterAndCanonicalMetadata() {
    TestProject p = project();
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    Document fr = Jsoup.parse(p.read("2024/11/treaty/index.html"));
    assertThat(meta(fr, "og:type")).containsExactly("article");
    assertThat(meta(fr, "og:title")).containsExactly(fr.selectFirst("h1").text());
    assertThat(meta(fr, "og:description")).containsExactly("Moscou ratifie\u00A0: enfin\u202F?");
    assertThat(meta(fr, "og:url"))
        .containsExactly("https://example.github.io/briefings/2024/11/treaty/");
    assertThat(meta(fr, "og:image"))
        .singleElement()
        .asString()
        .startsWith("https://example.github.io/briefings/");
    assertThat(meta(fr, "og:image:width")).containsExactly("1600");
    assertThat(meta(fr, "og:image:height")).containsExactly("900");
    assertThat(meta(fr, "og:image:alt")).containsExactly("Le Kremlin");
    assertThat(meta(fr, "og:locale")).containsExactly("fr_FR");
    assertThat(meta(fr, "og:locale:alternate")).containsExactly("en_GB");
    assertThat(meta(fr, "article:published_time")).containsExactly("2024-11-06T18:00:00+01:00");
    assertThat(meta(fr, "article:modified_time")).containsExactly("2024-11-09T10:00:00+01:00");
    assertThat(meta(fr, "article:section")).containsExactly("Défense");
    assertThat(meta(fr, "article:tag"))
        .containsExactly("Défense", "Diplomatie", "Russie", "Corée du Nord");
    assertThat(named(fr, "twitter:card")).containsExactly("summary_large_image");
    assertThat(named(fr, "twitter:image:alt")).containsExactly("Le Kremlin");
    assertThat(fr.select("link[rel=canonical]").eachAttr("href"))
        .containsExactly("https://example.github.io/briefings/2024/11/treaty/");

    Document en = Jsoup.parse(p.read("en/2024/11/treaty-en/index.html"));
    assertThat(meta(en, "og:locale")).containsExactly("en_GB");
    assertThat(meta(en, "og:locale:alternate")).containsExactly("fr_FR");
    assertThat(jsonLd(en).path("inLanguage").asText()).isEqualTo("en");
    assertThat(jsonLd(en).has("dateline")).isFalse();

    for (String listing :
        List.of(
            "index.html", "en/index.html", "countries/index.html", "topics/defence/index.html")) {
      Document page = Jsoup.parse(p.read(listing));
      assertThat(page.select("link[rel=canonical]")).as(listing).hasSize(1);
      assertThat(meta(page, "og:type")).as(listing).containsExactly("website");
      assertThat(page.select("script[type=application/ld+json]")).as(listing).isEmpty();
    }
    Document notFound = Jsoup.parse(p.read("404.html"));
    assertThat(notFound.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.github.io/briefings/404.html");
    assertThat(notFound.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
  }

  @Test
  void datelineIsShownBeforeTheFirstParagraph() {
    TestProject p = project();
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    Document fr = Jsoup.parse(p.read("2024/11/treaty/index.html"));
    Element body = fr.selectFirst(".briefing__body");
    assertThat(body.child(0).className()).isEqualTo("dateline");
    assertThat(body.child(0).text()).isEqualTo("MOSCOU");
    assertThat(body.child(1).text()).isEqualTo("Premier paragraphe.");
    assertThat(Jsoup.parse(p.read("en/2024/11/treaty-en/index.html")).select(".dateline"))
        .isEmpty();
  }

  @Test
  void everyBriefingPageOfTheExampleSiteCarriesValidMetadata() throws Exception {
    BuildOptions options =
        BuildOptions.defaults(Path.of("").toAbsolutePath())
            .withOutputDir(tmp.resolve("site"))
            .withNow(java.time.Instant.parse("2024-12-01T12:00:00Z"))
            .withThreads(2);
    BuildResult build = Briefings.build(options);
    assertThat(build.succeeded()).as("%s", build.problems()).isTrue();
    List<Path> pages;
    try (var files = java.nio.file.Files.walk(build.outputDir())) {
      pages =
          files
              .filter(
                  f ->
                      build
                          .outputDir()
                          .relativize(f)
                          .toString()
                          .replace('\\', '/')
                          .matches("(en/)?\\d{4}/\\d{2}/[^/]+/index\\.html"))
              .toList();
    }
    assertThat(pages).hasSizeGreaterThan(3);
    for (Path file : pages) {
      Document page = Jsoup.parse(file.toFile(), "UTF-8");
      JsonNode ld = jsonLd(page);
      String url = page.selectFirst("link[rel=canonical]").attr("href");
      assertThat(url).as(file.toString()).startsWith("https://");
      assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
      assertThat(ld.path("url").asText()).isEqualTo(url);
      assertThat(ld.path("headline").asText()).isEqualTo(page.selectFirst("h1").wholeText());
      assertThat(ld.path("description").asText()).isNotBlank();
      assertThat(ld.path("datePublished").asText())
          .isEqualTo(meta(page, "article:published_time").get(0));
      assertThat(ld.path("dateModified").asText())
          .isEqualTo(meta(page, "article:modified_time").get(0));
      assertThat(ld.path("author").size()).isPositive();
      assertThat(ld.path("publisher").path("@type").asText()).isEqualTo("Organization");
      assertThat(ld.path("inLanguage").asText()).isEqualTo(page.selectFirst("html").attr("lang"));
      assertThat(ld.path("articleSection").size()).isPositive();
      assertThat(texts(ld.path("about"), "identifier")).allMatch(c -> c.matches("[A-Z]{2}"));
      assertThat(meta(page, "og:type")).containsExactly("article");
      assertThat(meta(page, "og:url")).containsExactly(url);
      if (ld.has("image")) {
        assertThat(ld.path("image").path("contentUrl").asText())
            .isEqualTo(meta(page, "og:image").get(0));
        assertThat(named(page, "twitter:card")).containsExactly("summary_large_image");
      }
    }
  }

  private static List<String> meta(Document page, String property) {
    return page.select("meta[property=" + property + "]").eachAttr("content");
  }

  private static List<String> named(Document page, String name) {
    return page.select("meta[name=" + name + "]").eachAttr("content");
  }
}
