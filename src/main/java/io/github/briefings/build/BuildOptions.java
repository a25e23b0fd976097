package io.github.briefings.build;

import io.github.briefings.search.SearchOptions;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What to build and how.
 *
 * @param projectDir the project: {@code content/}, {@code site/}, {@code templates/} live here
 * @param outputDir where the site goes (relative paths are resolved against {@code projectDir})
 * @param baseUrl a {@code baseUrl} overriding {@code site.yaml}'s, or null
 * @param drafts whether drafts are published
 * @param future whether briefings dated after {@code now} are published
 * @param now the build's clock
 * @param threads how many threads render (at least 1)
 * @param termPages whether country and topic pages and feeds are built (off only to measure their
 *     cost)
 * @param search how Pagefind is had and whether the build runs it (the site's {@code search:}
 *     decides whether the site has search at all)
 */
public record BuildOptions(
    Path projectDir,
    Path outputDir,
    String baseUrl,
    boolean drafts,
    boolean future,
    Instant now,
    int threads,
    boolean termPages,
    SearchOptions search) {

  public BuildOptions {
    search = search == null ? SearchOptions.NONE : search;
    projectDir = projectDir.toAbsolutePath().normalize();
    outputDir = projectDir.resolve(outputDir).toAbsolutePath().normalize();
    threads = Math.max(1, threads);
  }

  /**
   * Defaults: output in {@code target/briefing-site}, no drafts, no future briefings, now, all
   * cores.
   */
  public static BuildOptions defaults(Path projectDir) {
    return new BuildOptions(
        projectDir,
        Path.of("target", "briefing-site"),
        null,
        false,
        false,
        Instant.now(),
        Runtime.getRuntime().availableProcessors(),
        true,
        SearchOptions.NONE);
  }

  public BuildOptions withOutputDir(Path dir) {
    return new BuildOptions(
        projectDir, dir, baseUrl, drafts, future, now, threads, termPages, search);
  }

  public BuildOptions withBaseUrl(String url) {
    return new BuildOptions(
        projectDir, outputDir, url, drafts, future, now, threads, termPages, search);
  }

  public BuildOptions withDrafts(boolean on) {
    return new BuildOptions(
        projectDir, outputDir, baseUrl, on, future, now, threads, termPages, search);
  }

  public BuildOptions withFuture(boolean on) {
    return new BuildOptions(
        projectDir, outputDir, baseUrl, drafts, on, now, threads, termPages, search);
  }

  public BuildOptions withNow(Instant instant) {
    return new BuildOptions(
        projectDir, outputDir, baseUrl, drafts, future, instant, threads, termPages, search);
  }

  public BuildOptions withTermPages(boolean on) {
    return new BuildOptions(
        projectDir, outputDir, baseUrl, drafts, future, now, threads, on, search);
  }

  public BuildOptions withSearch(SearchOptions options) {
    return new BuildOptions(
        projectDir, outputDir, baseUrl, drafts, future, now, threads, termPages, options);
  }

  public BuildOptions withThreads(int count) {
    return new BuildOptions(
        projectDir, outputDir, baseUrl, drafts, future, now, count, termPages, search);
  }
}
