package io.github.briefings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in theme's structure: the head each kind of page gets, the pagination the engine
 * computes, macros a newsroom overrides one by one, and overrides copied from 0.1.0.
 */
class ThemeTemplatesTest {

  @TempDir Path tmp;

  /** Twelve French briefings (six pages of two), one of them a draft. */
  private TestProject project(Path dir) {
    TestProject p = new TestProject(dir);
    for (int i = 1; i <= 12; i++) {
      p.briefing(
          "content/2024/b" + i + ".md",
          "Briefing " + i,
          "2024-11-%02dT10:00:00+01:00".formatted(i),
          i == 12 ? "draft: true\n" : "");
    }
    return p;
  }

  private static BuildResult build(TestProject p) {
    BuildResult result = Briefings.build(p.options().withDrafts(true));
    assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
    return result;
  }

  private static Document page(TestProject p, String sitePath) {
    return Jsoup.parse(p.read(sitePath));
  }

  private static String theme010(String name) {
    try (InputStream in = ThemeTemplatesTest.class.getResourceAsStream("theme-0.1.0/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void eachKindOfPageGetsItsOwnHead() {
    TestProject p = project(tmp);
    build(p);

    Document draft = page(p, "2024/11/b12/index.html");
    assertThat(draft.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(draft.select("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(draft.select("script[type=application/ld+json]")).hasSize(1);
    Document briefing = page(p, "2024/11/b11/index.html");
    assertThat(briefing.select("meta[name=robots]")).isEmpty();
    assertThat(briefing.select("meta[property=article:published_time]").attr("content"))
        .isEqualTo("2024-11-11T10:00:00+01:00");
    assertThat(briefing.select("meta[property=og:image:alt]").attr("content"))
        .isEqualTo("A grey building");
    assertThat(briefing.select("meta[name=twitter:image:alt]").attr("content"))
        .isEqualTo("A grey building");

    Document home = page(p, "index.html");
    assertThat(home.select("meta[name=robots]")).isEmpty();
    assertThat(home.select("meta[property=og:type]").attr("content")).isEqualTo("website");
    assertThat(home.select("meta[property=og:url]").attr("content"))
        .isEqualTo("https://example.github.io/briefings/");
    assertThat(home.select("meta[property^=article:], script[type=application/ld+json]")).isEmpty();

    Document notFound = page(p, "404.html");
    assertThat(notFound.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(notFound.select("meta[property=og:url]")).isEmpty();
  }

  @Test
  void theSectionOfThePageIsMarkedCurrentInTheNavigation() {
    TestProject p = project(tmp);
    build(p);

    Map<String, List<String>> current =
        Map.of(
            "index.html", List.of("/briefings/"),
            "page/2/index.html", List.of("/briefings/"),
            "countries/index.html", List.of("/briefings/countries/"),
            "countries/ru/index.html", List.of("/briefings/countries/"),
            "topics/defence/index.html", List.of("/briefings/topics/"),
            "credits/index.html", List.of("/briefings/credits/"),
            "2024/11/b1/index.html", List.of());
    current.forEach(
        (sitePath, hrefs) ->
            assertThat(
                    page(p, sitePath)
                        .select(".masthead a[aria-current=page], .site-footer a[aria-current=page]")
                        .eachAttr("href"))
                .as(sitePath)
                .containsExactlyElementsOf(hrefs));
  }

  @Test
  void paginationPrintsTheWindowAndGapsTheEngineComputes() {
    TestProject p = project(tmp);
    build(p);

    assertThat(pages(page(p, "index.html"))).containsExactly("1", "2", "3", "…", "6");
    assertThat(pages(page(p, "page/4/index.html"))).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(pages(page(p, "page/6/index.html"))).containsExactly("1", "…", "4", "5", "6");
    assertThat(page(p, "page/6/index.html").select(".pagination__pages [aria-current=page]").text())
        .isEqualTo("Page 6");
  }

  /** The pagination's numbers and gaps, in order. */
  private static List<String> pages(Document page) {
    return page.select(".pagination__pages > li").stream()
        .map(li -> li.hasClass("pagination__gap") ? "…" : li.select("a").first().ownText())
        .toList();
  }

  @Test
  void aNewsroomOverridesTheCardAloneAndItsMistakesAreLocated() {
    TestProject p = project(tmp);
    p.write(
        "templates/macros/card.ftlh",
        """
            <#macro card b level=2 eager=false>
            <article class="our-card"><a href="${b.url}">${b.title}</a> <@byline b/></article>
            </#macro>
            """);
    build(p);

    Document home = page(p, "index.html");
    assertThat(home.select("article.our-card")).hasSize(2);
    assertThat(home.select("article.our-card .byline__names").first().text())
        .isEqualTo("Jean Dupont");
    assertThat(home.select(".pagination")).hasSize(1);
    assertThat(page(p, "2024/11/b11/index.html").select(".related article.our-card")).isNotEmpty();

    p.write(
        "templates/macros/card.ftlh",
        "<#macro card b level=2 eager=false>\n${b.nothing}\n</#macro>\n");
    BuildResult broken = Briefings.build(p.options());
    assertThat(broken.succeeded()).isFalse();
    assertThat(broken.problems())
        .extracting(Problem::toString)
        .anySatisfy(s -> assertThat(s).startsWith("templates/macros/card.ftlh:2:"));
  }

  /**
   * The 0.1.0 layout and macros know nothing of author pages (no byline links, no footer link to
   * the authors): with country, topic and author pages off they make the same site byte for byte,
   * and with them on the same files, author pages included.
   */
  @Test
  void layoutAndMacrosCopiedFromTheirFirstVersionStillMakeTheSameSite() {
    // without search: the header's search field came after the first version of the layout (a
    // copied layout builds, and has no search field)
    TestProject plain = project(tmp.resolve("plain"));
    plain.write("site/site.yaml", TestProject.SITE_YAML + "search: false\n");
    assertThat(Briefings.build(plain.options().withDrafts(true).withTermPages(false)).succeeded())
        .isTrue();
    TestProject copied = project(tmp.resolve("copied"));
    copied.write("site/site.yaml", TestProject.SITE_YAML + "search: false\n");
    copied.write("templates/layout.ftlh", theme010("layout.ftlh"));
    copied.write("templates/macros.ftlh", theme010("macros.ftlh"));
    assertThat(Briefings.build(copied.options().withDrafts(true).withTermPages(false)).succeeded())
        .isTrue();

    assertThat(TestProject.hashes(copied.out())).isEqualTo(TestProject.hashes(plain.out()));

    build(plain);
    build(copied);
    assertThat(TestProject.hashes(copied.out()).keySet())
        .isEqualTo(TestProject.hashes(plain.out()).keySet())
        .contains("authors/jean-dupont/index.html");

    TestProject searching = project(tmp.resolve("searching"));
    searching.write("templates/layout.ftlh", theme010("layout.ftlh"));
    build(searching);
    assertThat(searching.out().resolve("search/index.html")).isRegularFile();
  }
}
