package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Author pages of real builds: bylines, listings, feeds, JSON-LD, the example site. */
class AuthorPagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void theExampleSiteShowsItsAuthors() throws Exception {
    BuildOptions options =
        BuildOptions.defaults(Path.of("").toAbsolutePath())
            .withOutputDir(tmp.resolve("site"))
            .withNow(Instant.parse("2024-12-01T12:00:00Z"))
            .withThreads(2);
    BuildResult build = Briefings.build(options);
    assertThat(build.succeeded()).as("%s", build.problems()).isTrue();
    assertThat(build.problems()).extracting(Problem::message).noneMatch(m -> m.contains("author"));
    Path out = build.outputDir();
    Document camille = Jsoup.parse(out.resolve("authors/camille-exemple/index.html").toFile());
    assertThat(camille.selectFirst("h1").text()).isEqualTo("Camille Exemple");
    assertThat(camille.select(".author__photo figure .credit").text())
        .isEqualTo("Illustration / Briefings");
    assertThat(camille.select(".author__links a[rel=me]")).hasSize(2);
    assertThat(camille.select(".author__links a[href=mailto:camille@example.org]")).hasSize(1);
    Document credits = Jsoup.parse(out.resolve("credits/index.html").toFile());
    assertThat(credits.select(".credit-list a[href=/briefings/authors/camille-exemple/]"))
        .hasSize(1);
    JsonNode ld = jsonLd(camille);
    assertThat(ld.path("@type").asText()).isEqualTo("ProfilePage");
    assertThat(ld.path("mainEntity").path("@type").asText()).isEqualTo("Person");
    Document desk = Jsoup.parse(out.resolve("en/authors/briefings-desk/index.html").toFile());
    assertThat(jsonLd(desk).path("mainEntity").path("@type").asText()).isEqualTo("Organization");
    assertThat(Files.exists(out.resolve("en/authors/index.html"))).isTrue();
  }

  /** A project with three French briefings by Jean Dupont and English ones by others. */
  private TestProject project(String authors) {
    TestProject p = new TestProject(tmp.resolve("project"));
    p.write("site/site.yaml", TestProject.SITE_YAML + authors);
    for (int i = 1; i <= 3; i++) {
      p.briefing("content/fr/b" + i + ".md", "Briefing " + i, "2024-11-0" + i + "T10:00:00Z", "");
    }
    p.image("content/images/jean.jpg", 300, 300);
    english(p, "e1", "2024-11-04", "[\"Anna Novák\", \"Jean Dupont\"]");
    english(p, "e2", "2024-11-05", "\"Anna Novák\"");
    english(p, "e3", "2024-11-06", "\"anna  novak\"");
    english(p, "e4", "2024-11-07", "\"La rédaction\"");
    return p;
  }

  private static void english(TestProject p, String slug, String date, String author) {
    p.write(
        "content/en/" + slug + ".md",
        """
            ---
            title: "English %s"
            summary: "A short standfirst."
            date: %s
            lang: en
            author: %s
            countries: [FR]
            topics: [diplomacy]
            ---
            Body.
            """
            .formatted(slug, date, author));
  }

  private static final String AUTHORS =
      """
      authors:
        jean-dupont:
          role: { fr: "Correspondant à <Kyiv>", en: "Kyiv correspondent" }
          bio:
            fr: "Il couvre l’Ukraine & la Russie."
            en: "He covers Ukraine & Russia </script><script>alert(1)</script>."
          photo:
            src: images/jean.jpg
            alt: "Jean Dupont, smiling"
            caption: "Jean Dupont in Kyiv"
            credit: "Photo / Agency"
          links:
            website: "https://example.org/?a=1&b=2"
            mastodon: https://mastodon.example/@jean
            email: jean@example.org
        la-redaction: { name: "La Rédaction", kind: organization }
        nobody-writes: { name: "Nobody" }
      """;

  private BuildResult build(TestProject p) {
    BuildResult build = Briefings.build(p.options());
    assertThat(build.succeeded()).as("%s", build.problems()).isTrue();
    return build;
  }

  private Document page(TestProject p, String sitePath) {
    return Jsoup.parse(p.read(sitePath), "https://example.github.io/");
  }

  @Test
  void everyAuthorHasAPagePerLanguageWithTheirCountsAndBylinesLinkToThem() {
    TestProject p = project(AUTHORS);
    build(p);

    Document fr = page(p, "authors/index.html");
    assertThat(texts(fr, ".term-list__name")).containsExactly("Jean Dupont");
    assertThat(texts(fr, ".term-list__count")).containsExactly("3");
    Document en = page(p, "en/authors/index.html");
    assertThat(texts(en, ".term-list__name"))
        .containsExactly("Anna Novák", "Jean Dupont", "La Rédaction");
    assertThat(texts(en, ".term-list__count")).containsExactly("3", "1", "1");
    assertThat(en.select(".term-list__link").eachAttr("href"))
        .containsExactly(
            "/briefings/en/authors/anna-novak/",
            "/briefings/en/authors/jean-dupont/",
            "/briefings/en/authors/la-redaction/");
    assertThat(en.select("h1").text()).isEqualTo("Authors");
    assertThat(fr.select("h1").text()).isEqualTo("Auteurs");

    Document e1 = page(p, "en/2024/11/e1/index.html");
    assertThat(e1.select(".briefing__byline .byline__link").eachAttr("href"))
        .containsExactly("/briefings/en/authors/anna-novak/", "/briefings/en/authors/jean-dupont/");
    assertThat(e1.select(".briefing__byline").text()).isEqualTo("By Anna Novák and Jean Dupont");
    Document home = page(p, "en/index.html");
    assertThat(home.select(".card .byline__link").eachAttr("href"))
        .contains("/briefings/en/authors/la-redaction/", "/briefings/en/authors/anna-novak/");
    assertThat(page(p, "index.html").select("footer a[href=/briefings/authors/]").text())
        .isEqualTo("Auteurs");
    assertThat(
            page(p, "authors/jean-dupont/page/2/index.html")
                .select(".lang-switch a[hreflang=en]")
                .attr("href"))
        .isEqualTo("/briefings/en/authors/jean-dupont/");
    assertThat(
            page(p, "en/authors/anna-novak/index.html")
                .select(".lang-switch a[hreflang=fr]")
                .attr("href"))
        .isEqualTo("/briefings/");
  }

  @Test
  void anAuthorsPagesArePagedLikeACountrysNewestFirstWithAFeed() {
    TestProject p = project(AUTHORS);
    build(p);

    Document first = page(p, "authors/jean-dupont/index.html");
    assertThat(texts(first, ".card__title")).containsExactly("Briefing 3", "Briefing 2");
    assertThat(first.select(".pagination a[rel=next]").attr("href"))
        .isEqualTo("/briefings/authors/jean-dupont/page/2/");
    Document second = page(p, "authors/jean-dupont/page/2/index.html");
    assertThat(texts(second, ".card__title")).containsExactly("Briefing 1");
    assertThat(second.select("h1").text()).isEqualTo("Jean Dupont — Page 2");
    assertThat(second.select(".author__bio")).isEmpty();
    assertThat(first.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
        .isEqualTo("/briefings/authors/jean-dupont/feed.xml");

    Document feed = Jsoup.parse(p.read("authors/jean-dupont/feed.xml"), "", Parser.xmlParser());
    assertThat(feed.select("entry > title").eachText())
        .containsExactly("Briefing 3", "Briefing 2", "Briefing 1");
    assertThat(feed.select("feed > link[rel=alternate]").attr("href"))
        .isEqualTo("https://example.github.io/briefings/authors/jean-dupont/");
    assertThat(p.read("sitemap.xml"))
        .contains("https://example.github.io/briefings/authors/jean-dupont/page/2/")
        .contains("https://example.github.io/briefings/en/authors/anna-novak/");
  }

  @Test
  void aDeclaredAuthorsPageShowsWhoTheyAreEscaped() throws Exception {
    TestProject p = project(AUTHORS);
    build(p);

    Document en = page(p, "en/authors/jean-dupont/index.html");
    assertThat(en.select("h1").text()).isEqualTo("Jean Dupont");
    assertThat(en.select(".author__role").text()).isEqualTo("Kyiv correspondent");
    assertThat(en.select(".author__bio").text())
        .isEqualTo("He covers Ukraine & Russia </script><script>alert(1)</script>.");
    assertThat(en.select("main script")).isEmpty();
    assertThat(en.select(".author__photo img").attr("alt")).isEqualTo("Jean Dupont, smiling");
    assertThat(en.select(".author__photo .credit").text()).isEqualTo("Photo / Agency");
    assertThat(en.select(".author__links a").eachAttr("href"))
        .containsExactly(
            "https://example.org/?a=1&b=2",
            "https://mastodon.example/@jean",
            "mailto:jean@example.org");
    assertThat(en.select(".author__links a[rel=me]")).hasSize(2);
    assertThat(page(p, "authors/jean-dupont/index.html").select(".author__role").text())
        .isEqualTo("Correspondant à <Kyiv>");
    assertThat(page(p, "en/credits/index.html").select(".credit-list a").eachAttr("href"))
        .contains("/briefings/en/authors/jean-dupont/");
    assertThat(p.out().resolve("media/images/jean.jpg")).isRegularFile();

    JsonNode ld = jsonLd(en);
    assertThat(ld.path("@type").asText()).isEqualTo("ProfilePage");
    JsonNode person = ld.path("mainEntity");
    assertThat(person.path("@type").asText()).isEqualTo("Person");
    assertThat(person.path("name").asText()).isEqualTo("Jean Dupont");
    assertThat(person.path("url").asText())
        .isEqualTo("https://example.github.io/briefings/en/authors/jean-dupont/");
    assertThat(person.path("jobTitle").asText()).isEqualTo("Kyiv correspondent");
    assertThat(person.path("description").asText())
        .isEqualTo("He covers Ukraine & Russia </script><script>alert(1)</script>.");
    assertThat(person.path("image").asText())
        .isEqualTo("https://example.github.io/briefings/media/images/jean.jpg");
    assertThat(person.path("sameAs"))
        .extracting(JsonNode::asText)
        .containsExactly("https://example.org/?a=1&b=2", "https://mastodon.example/@jean");
    assertThat(en.select("script[type=application/ld+json]").first().data())
        .doesNotContain("</script>");

    JsonNode org = jsonLd(page(p, "en/authors/la-redaction/index.html")).path("mainEntity");
    assertThat(org.path("@type").asText()).isEqualTo("Organization");
    assertThat(org.has("jobTitle")).isFalse();
  }

  @Test
  void aNewsArticlesAuthorsArePersonsOrOrganizationsWithTheirPageAndProfiles() throws Exception {
    TestProject p = project(AUTHORS);
    build(p);

    JsonNode authors = jsonLd(page(p, "en/2024/11/e1/index.html")).path("author");
    assertThat(authors).hasSize(2);
    assertThat(authors.get(0).path("@type").asText()).isEqualTo("Person");
    assertThat(authors.get(0).path("name").asText()).isEqualTo("Anna Novák");
    assertThat(authors.get(0).path("url").asText())
        .isEqualTo("https://example.github.io/briefings/en/authors/anna-novak/");
    assertThat(authors.get(0).has("sameAs")).isFalse();
    assertThat(authors.get(1).path("sameAs")).hasSize(2);
    JsonNode org = jsonLd(page(p, "en/2024/11/e4/index.html")).path("author").get(0);
    assertThat(org.path("@type").asText()).isEqualTo("Organization");
    assertThat(org.path("url").asText())
        .isEqualTo("https://example.github.io/briefings/en/authors/la-redaction/");
  }

  @Test
  void twoSpellingsAreOneAuthorAndAnUnusedDeclarationIsAWarningAtItsLine() {
    TestProject p = project(AUTHORS);
    BuildResult build = build(p);

    assertThat(page(p, "en/authors/anna-novak/index.html").select("h1").text())
        .isEqualTo("Anna Novák");
    assertThat(texts(page(p, "en/authors/anna-novak/index.html"), ".card__title"))
        .containsExactly("English e3", "English e2");
    assertThat(texts(page(p, "en/authors/anna-novak/page/2/index.html"), ".card__title"))
        .containsExactly("English e1");
    assertThat(build.problems())
        .filteredOn(pr -> pr.message().contains("written in 2 ways"))
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.isError()).isFalse();
              assertThat(pr.message())
                  .contains("'Anna Novák' in content/en/e1.md, content/en/e2.md")
                  .contains("'anna  novak' in content/en/e3.md")
                  .contains("/authors/anna-novak/");
            });
    assertThat(build.problems())
        .filteredOn(pr -> pr.message().contains("nobody-writes"))
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.isError()).isFalse();
              assertThat(pr.path()).isEqualTo("site/site.yaml");
              assertThat(pr.line()).isEqualTo(26);
              assertThat(pr.column()).isEqualTo(3);
            });
    assertThat(p.out().resolve("authors/nobody-writes")).doesNotExist();
  }

  @Test
  void withoutAuthorsSettingsEveryBylineStillGetsAPageAndAPhotoNeedsACredit() {
    TestProject p = project("");
    build(p);
    Document jean = page(p, "authors/jean-dupont/index.html");
    assertThat(jean.select("h1").text()).isEqualTo("Jean Dupont");
    assertThat(jean.select(".author__role, .author__bio, .author__links, .author__photo"))
        .isEmpty();
    assertThat(page(p, "en/authors/la-redaction/index.html").select("h1").text())
        .isEqualTo("La rédaction");

    p.write(
        "site/site.yaml",
        TestProject.SITE_YAML
            + "authors:\n  jean-dupont:\n    photo: { src: images/jean.jpg, alt: \"Jean\" }\n");
    BuildResult failed = Briefings.build(p.options());
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.problems())
        .filteredOn(Problem::isError)
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.path()).isEqualTo("site/site.yaml");
              assertThat(pr.line()).isEqualTo(12);
              assertThat(pr.message()).contains("has no credit");
            });
  }

  @Test
  void withoutTermPagesBylinesAreNotLinks() throws Exception {
    TestProject p = project(AUTHORS);
    BuildResult build = Briefings.build(p.options().withTermPages(false));
    assertThat(build.succeeded()).as("%s", build.problems()).isTrue();
    assertThat(p.out().resolve("authors")).doesNotExist();
    Document e1 = page(p, "en/2024/11/e1/index.html");
    assertThat(e1.select(".byline__link")).isEmpty();
    assertThat(e1.select(".briefing__byline").text()).isEqualTo("By Anna Novák and Jean Dupont");
    assertThat(jsonLd(e1).path("author").get(0).has("url")).isFalse();
  }

  @Test
  void aBylineNameIsTextWhereverItLands() throws Exception {
    TestProject p = project("");
    english(p, "e5", "2024-11-08", "\"Zoé <b onmouseover=alert(1)>\\\"Bold\\\"</b> & Co\"");
    build(p);

    Document page = page(p, "en/2024/11/e5/index.html");
    Element link = page.selectFirst(".briefing__byline .byline__link");
    assertThat(link.attr("href"))
        .isEqualTo("/briefings/en/authors/zoe-b-onmouseover-alert-1-bold-b-co/");
    assertThat(page.select(".briefing__byline b, [onmouseover]")).isEmpty();
    assertThat(link.text()).contains("<b onmouseover=alert(1)>").contains("</b> & Co");
    Document author = page(p, "en/authors/zoe-b-onmouseover-alert-1-bold-b-co/index.html");
    assertThat(author.select("h1").text()).isEqualTo(link.text());
    assertThat(author.select("main b, [onmouseover]")).isEmpty();
    assertThat(jsonLd(author).path("mainEntity").path("name").asText()).isEqualTo(link.text());
    Document feed =
        Jsoup.parse(
            p.read("en/authors/zoe-b-onmouseover-alert-1-bold-b-co/feed.xml"),
            "",
            Parser.xmlParser());
    assertThat(feed.select("feed > title").text()).endsWith(link.text());
    assertThat(feed.select("b")).isEmpty();
  }

  static JsonNode jsonLd(Document page) throws Exception {
    Element script = page.selectFirst("script[type=application/ld+json]");
    assertThat(script).isNotNull();
    return JSON.readTree(script.data());
  }

  static List<String> texts(Document page, String css) {
    return page.select(css).eachText();
  }
}
