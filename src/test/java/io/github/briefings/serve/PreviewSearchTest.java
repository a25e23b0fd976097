package io.github.briefings.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import io.github.briefings.search.SearchOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's search index, with the real Pagefind: made after the first build and after a
 * rebuild, outside the preview folder, and served as the site's {@code pagefind/}.
 */
class PreviewSearchTest {

  @TempDir Path tmp;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private String get(String url) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 ? r.body() : "";
  }

  private String entry(Preview preview) {
    try {
      return get(preview.url() + "pagefind/pagefind-entry.json");
    } catch (Exception e) {
      return "";
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier done) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 90 s").isLessThan(until);
      Thread.sleep(100);
    }
  }

  @Test
  void theIndexIsMadeAfterEachBuildAndServedUnderTheBasePath() throws Exception {
    TestProject project = new TestProject(tmp.resolve("p"));
    project.briefing("content/2024/a.md", "Le traité", "2024-11-06T18:00:00+01:00", "");
    String repo = System.getProperty("briefing.test.repository");
    ServeOptions options =
        ServeOptions.defaults(project.dir())
            .withAddress("127.0.0.1", 0)
            .withFixedNow(Instant.parse("2024-12-01T00:00:00Z"));
    options =
        options.withBuild(
            options
                .build()
                .withThreads(2)
                .withSearch(
                    SearchOptions.indexing(
                        null, repo == null || repo.contains("${") ? null : Path.of(repo), null)));
    List<String> said = new CopyOnWriteArrayList<>();
    try (Preview preview = Preview.startWithSearch(options, rebuilt -> {}, said::add)) {
      waitFor(() -> preview.searchRuns() >= 1);
      assertThat(said).singleElement().asString().startsWith("Search index refreshed in");
      String entry = get(preview.url() + "pagefind/pagefind-entry.json");
      assertThat(entry).contains("\"fr\":{").contains("\"page_count\":1");
      // the preview folder itself holds no index: every rebuild replaces it
      assertThat(options.build().outputDir().resolve("pagefind")).doesNotExist();

      project.briefing("content/2024/b.md", "Un autre", "2024-11-07T18:00:00+01:00", "");
      waitFor(() -> preview.searchRuns() >= 2 && entry(preview).contains("\"page_count\":2"));
    }
    assertThat(Files.isDirectory(Preview.searchFolder(options).resolve("pagefind"))).isTrue();
  }
}
