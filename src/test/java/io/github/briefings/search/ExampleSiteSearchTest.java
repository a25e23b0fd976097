package io.github.briefings.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site of this repository built with the real Pagefind 1.6.0 (downloaded once per
 * machine into the local repository, as the goals do), and small sites without search.
 */
class ExampleSiteSearchTest {

  @TempDir Path tmp;

  static BuildOptions options(Path out) {
    return BuildOptions.defaults(Path.of("").toAbsolutePath())
        .withOutputDir(out)
        .withNow(Instant.parse("2024-12-01T12:00:00Z"))
        .withThreads(2)
        .withSearch(SearchOptions.indexing(null, RealPagefind.repository(), null));
  }

  @Test
  void theIndexHasAFrenchAndAnEnglishLanguageIsPartOfTheSiteAndIsTheSameEachTime()
      throws IOException {
    Path out = tmp.resolve("site");
    BuildResult result = Briefings.build(options(out));
    assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
    assertThat(result.phases()).anyMatch(p -> p.name().equals("index for search"));
    String entry = Files.readString(out.resolve("pagefind/pagefind-entry.json"));
    assertThat(entry)
        .contains("\"version\":\"1.6.0\"")
        .contains("\"fr\":{")
        .contains("\"en\":{")
        .contains("\"page_count\":4");
    assertThat(out.resolve("pagefind/pagefind-ui.js")).isRegularFile();

    // another build of the same sources into another folder: the same bytes, index included
    Path again = tmp.resolve("again");
    assertThat(Briefings.build(options(again)).succeeded()).isTrue();
    assertThat(files(again)).isEqualTo(files(out));
    for (String file : files(out)) {
      assertThat(again.resolve(file)).as(file).hasSameBinaryContentAs(out.resolve(file));
    }

    // built again in place: nothing changed, the index is kept as it is
    BuildResult second = Briefings.build(options(out));
    assertThat(second.succeeded()).isTrue();
    assertThat(Files.readString(out.resolve("pagefind/pagefind-entry.json"))).isEqualTo(entry);
  }

  @Test
  void everyKindOfPageHasTheHeaderSearchFormLeadingToItsLanguagesSearchPage() throws IOException {
    Path out = tmp.resolve("site");
    assertThat(Briefings.build(options(out).withSearch(SearchOptions.NONE)).succeeded()).isTrue();
    Map<String, String> pages =
        Map.ofEntries(
            Map.entry("index.html", "/briefings/search/"),
            Map.entry("en/index.html", "/briefings/en/search/"),
            Map.entry("2024/11/russie-coree-du-nord-traite/index.html", "/briefings/search/"),
            Map.entry("en/2024/11/russia-north-korea-treaty/index.html", "/briefings/en/search/"),
            Map.entry("countries/index.html", "/briefings/search/"),
            Map.entry("countries/ru/index.html", "/briefings/search/"),
            Map.entry("en/topics/index.html", "/briefings/en/search/"),
            Map.entry("credits/index.html", "/briefings/search/"),
            Map.entry("404.html", "/briefings/search/"),
            Map.entry("search/index.html", "/briefings/search/"),
            Map.entry("en/search/index.html", "/briefings/en/search/"));
    pages.forEach(
        (page, action) -> {
          Document doc = parse(out.resolve(page));
          Element form = doc.selectFirst("header form[role=search]");
          assertThat(form).as(page).isNotNull();
          assertThat(form.attr("action")).as(page).isEqualTo(action);
          assertThat(form.attr("method")).isEqualTo("get");
          Element field = form.selectFirst("input[type=search][name=q]");
          assertThat(field).as(page).isNotNull();
          Element label = form.selectFirst("label[for=" + field.id() + "]");
          assertThat(label).as(page).isNotNull();
          assertThat(label.text()).isNotBlank();
        });
    assertThat(parse(out.resolve("index.html")).selectFirst("form[role=search] label").text())
        .isEqualTo("Rechercher dans les briefings");
    assertThat(parse(out.resolve("en/index.html")).selectFirst("form[role=search] label").text())
        .isEqualTo("Search the briefings");

    // only a briefing's article is indexed, with its filters and its photo
    Document briefing = parse(out.resolve("2024/11/russie-coree-du-nord-traite/index.html"));
    assertThat(briefing.select("[data-pagefind-body]"))
        .singleElement()
        .satisfies(e -> assertThat(e.tagName()).isEqualTo("article"));
    assertThat(briefing.select("[data-pagefind-filter^=Pays]")).isNotEmpty();
    assertThat(briefing.select("[data-pagefind-filter^=Thème]")).isNotEmpty();
    assertThat(briefing.select("[data-pagefind-filter^=Auteur]")).isNotEmpty();
    assertThat(briefing.selectFirst("[data-pagefind-meta]").attr("data-src"))
        .startsWith("/briefings/media/")
        .contains(".480.");
    for (String listing : List.of("index.html", "countries/ru/index.html", "search/index.html")) {
      assertThat(parse(out.resolve(listing)).select("[data-pagefind-body]")).as(listing).isEmpty();
    }
    // the search page loads Pagefind's interface from the site's index, under the base path
    Element box = parse(out.resolve("en/search/index.html")).selectFirst("#search");
    assertThat(box.attr("data-bundle")).isEqualTo("/briefings/pagefind/");
    assertThat(box.attr("data-base")).isEqualTo("/briefings/");
    assertThat(parse(out.resolve("en/search/index.html")).select("script[src]"))
        .singleElement()
        .satisfies(s -> assertThat(s.attr("src")).isEqualTo("/briefings/search.js"));
  }

  @Test
  void searchFalseBuildsWithoutSearchAndDownloadsNothing() throws IOException {
    TestProject project = new TestProject(tmp.resolve("p"));
    project.write("site/site.yaml", TestProject.SITE_YAML + "search: false\n");
    project.briefing("content/2024/a.md", "Un briefing", "2024-11-06T18:00:00+01:00", "");
    Path repo = tmp.resolve("repo");
    BuildOptions options = project.options().withSearch(SearchOptions.indexing(null, repo, null));
    BuildResult result = Briefings.build(options);
    assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
    Path out = result.outputDir();
    assertThat(out.resolve("pagefind")).doesNotExist();
    assertThat(out.resolve("search")).doesNotExist();
    assertThat(parse(out.resolve("index.html")).select("form[role=search]")).isEmpty();
    assertThat(repo).doesNotExist();
  }

  @Test
  void withoutPagefindTheBuildFailsAtOnceWithOneErrorSayingWhatToDo() {
    TestProject project = new TestProject(tmp.resolve("p"));
    project.briefing("content/2024/a.md", "Un briefing", "2024-11-06T18:00:00+01:00", "");
    BuildResult result = buildWithoutPagefind(project);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .extracting(Problem::toString)
        .asString()
        .contains("site/site.yaml")
        .contains("-Dbriefing.pagefind=")
        .contains("is not an executable file");
    assertThat(result.phases()).noneMatch(p -> p.name().equals("render pages"));
  }

  @Test
  void withoutPagefindTheBriefingsOwnProblemsAreReportedInTheSameRun() {
    TestProject project = new TestProject(tmp.resolve("p"));
    project.briefing("content/2024/a.md", "Un briefing", "2024-11-06T18:00:00+01:00", "");
    project.write("content/2024/b.md", "---\ntitle: \"Sans date\"\n---\nTexte.\n");
    BuildResult result = buildWithoutPagefind(project);
    assertThat(result.succeeded()).isFalse();
    List<String> problems = result.problems().stream().map(Problem::toString).toList();
    // Pagefind is looked for while the briefings load: both kinds of problem, in one run
    assertThat(problems).anyMatch(p -> p.contains("content/2024/b.md"));
    assertThat(problems)
        .anyMatch(p -> p.contains("site/site.yaml") && p.contains("-Dbriefing.pagefind="));
    assertThat(result.phases()).noneMatch(p -> p.name().equals("render pages"));
  }

  /** Builds {@code project} with search, pointed at a Pagefind that does not exist. */
  private BuildResult buildWithoutPagefind(TestProject project) {
    return Briefings.build(
        project
            .options()
            .withSearch(SearchOptions.indexing(tmp.resolve("no-such-pagefind"), null, null)));
  }

  private static Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
