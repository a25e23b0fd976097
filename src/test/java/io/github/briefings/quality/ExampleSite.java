package io.github.briefings.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.search.RealPagefind;
import io.github.briefings.search.SearchOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The repository's own example site ({@code content/}, {@code site/site.yaml}, the built-in theme
 * in {@code templates/}) built at a fixed time, with smaller listing pages, its drafts and comments
 * on (see {@link #build(Path)}), and its HTML pages as {@link SitePage}s.
 *
 * @param dir the output folder
 * @param basePath the site's base path ({@code /briefings/}), read from the built home page's style
 *     sheet link
 * @param pages every HTML page of the site, sorted by path
 */
record ExampleSite(Path dir, String basePath, List<SitePage> pages) {

  /** The time the example site is built at, as the other tests that build it. */
  static final Instant NOW = Instant.parse("2024-12-01T12:00:00Z");

  ExampleSite {
    pages = List.copyOf(pages);
  }

  /**
   * The example project's {@code pageSize}, and the one the checks build it with, so that the home
   * page and every country and topic with two briefings or more have a page 2 in both languages.
   */
  static final String PAGE_SIZE = "pageSize: 4", SMALL_PAGE_SIZE = "pageSize: 1";

  /**
   * Copies the example project ({@code content/}, {@code site/}, {@code templates/} of the
   * repository) into {@code work}, with {@link #SMALL_PAGE_SIZE}, builds it with its drafts (as the
   * preview shows them to writers: the draft badge is checked too) into {@code work/site} and reads
   * its pages.
   */
  static ExampleSite build(Path work) throws IOException {
    Path repository = Path.of("").toAbsolutePath();
    Path project = work.resolve("project");
    for (String folder : List.of("content", "site", "templates")) {
      copyTree(repository.resolve(folder), project.resolve(folder));
    }
    Path yaml = project.resolve("site/site.yaml");
    String settings = Files.readString(yaml);
    assertThat(settings)
        .as("site/site.yaml of the example (the checks make its pages smaller)")
        .contains(PAGE_SIZE);
    // with comments on (made-up ids: nothing is loaded before a reader asks), so that every
    // briefing page carries the comments section and is checked with it
    Files.writeString(
        yaml, settings.replace(PAGE_SIZE, SMALL_PAGE_SIZE) + "\n" + TestProject.COMMENTS_YAML);
    BuildOptions options =
        BuildOptions.defaults(project)
            .withOutputDir(work.resolve("site"))
            .withNow(NOW)
            .withDrafts(true)
            .withThreads(2)
            // with its search index, so that the search page is checked as readers get it
            .withSearch(SearchOptions.indexing(null, RealPagefind.repository(), null));
    BuildResult result = Briefings.build(options);
    assertThat(result.succeeded()).as("the example site builds: %s", result.problems()).isTrue();
    Path dir = result.outputDir();
    List<SitePage> pages = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(f -> f.getFileName().toString().endsWith(".html"))
              .sorted(Comparator.comparing(f -> dir.relativize(f).toString()))
              .toList();
    }
    for (Path file : files) {
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      pages.add(SitePage.of(dir.relativize(file).toString().replace('\\', '/'), doc));
    }
    Document home = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    String css = home.selectFirst("link[rel=stylesheet]").attr("href");
    return new ExampleSite(dir, css.substring(0, css.lastIndexOf('/') + 1), pages);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** The file of a page. */
  Path file(SitePage page) {
    return dir.resolve(page.path());
  }
}
