package io.github.briefings.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site of this repository built with the real Pagefind 1.6.0 (downloaded once per
 * machine into the local repository, as the goals do).
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
  void theIndexHasAFrenchAndAnEnglishLanguageAndIsPartOfTheSite() throws IOException {
    Path out = System.getProperty("keepSite") != null ? Path.of(System.getProperty("keepSite")) : tmp.resolve("site");
    BuildResult result = Briefings.build(options(out));
    assertThat(result.succeeded()).as("%s", result.problems()).isTrue();
    assertThat(result.phases()).anyMatch(p -> p.name().equals("index for search"));
    String entry = Files.readString(out.resolve("pagefind/pagefind-entry.json"));
    System.out.println(entry);
    assertThat(entry).contains("\"fr\"").contains("\"en\"");
    assertThat(out.resolve("search/index.html")).isRegularFile();
    assertThat(out.resolve("en/search/index.html")).isRegularFile();
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
