package io.github.briefings.serve;

import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import io.github.briefings.search.Pagefind;
import io.github.briefings.search.SearchOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A running preview: builds the site into the preview folder, serves it, watches {@code content/},
 * {@code templates/} and {@code site/}, rebuilds after each burst of saves and tells the open pages
 * (reload, or the errors of a failed rebuild). {@link #close()} stops the watcher, then the server.
 */
public final class Preview implements AutoCloseable {

  /** Hears how each run of the preview's search index went (one sentence). */
  @FunctionalInterface
  public interface SearchLog {
    void accept(String message);
  }

  /** One build and what it was for. */
  public record Rebuilt(Set<Path> changed, BuildResult result) {}

  private final PreviewServer server;
  private final SourceWatcher watcher;
  private final BuildResult first;
  private final Rebuilder rebuilder;
  private final SearchRefresh search;

  private Preview(
      PreviewServer server,
      SourceWatcher watcher,
      BuildResult first,
      Rebuilder rebuilder,
      SearchRefresh search) {
    this.server = server;
    this.watcher = watcher;
    this.first = first;
    this.rebuilder = rebuilder;
    this.search = search;
  }

  /**
   * Binds the server, runs the first build with a {@link CachedRebuilder}, then starts watching.
   *
   * @param onBuild told of every build, the first included (for logging); called on the build's
   *     thread
   */
  public static Preview start(ServeOptions options, Consumer<Rebuilt> onBuild) throws IOException {
    return startWithSearch(options, onBuild, message -> {});
  }

  /**
   * The same, with search: when the build's search options index, Pagefind indexes the preview
   * after each good build, on its own thread ({@code onSearch} hears how each run went).
   */
  public static Preview startWithSearch(
      ServeOptions options, Consumer<Rebuilt> onBuild, SearchLog onSearch) throws IOException {
    // the pipeline never runs Pagefind in preview: the index is made after the reload
    BuildOptions build = options.build().withSearch(options.build().search().withIndex(false));
    return start(
        options,
        origin ->
            new CachedRebuilder(
                build,
                origin,
                () -> options.fixedNow() != null ? options.fixedNow() : Instant.now()),
        onBuild,
        onSearch);
  }

  /**
   * Binds the server, runs the first build, then starts watching.
   *
   * @param rebuilders makes the rebuilder from the server's origin ({@code http://host:port}): the
   *     place where an incremental engine slots in
   * @param onBuild told of every build, the first included (for logging); called on the build's
   *     thread
   */
  public static Preview start(
      ServeOptions options, Function<String, Rebuilder> rebuilders, Consumer<Rebuilt> onBuild)
      throws IOException {
    return start(options, rebuilders, onBuild, message -> {});
  }

  private static Preview start(
      ServeOptions options,
      Function<String, Rebuilder> rebuilders,
      Consumer<Rebuilt> onBuild,
      SearchLog onSearch)
      throws IOException {
    LiveReload live = new LiveReload(Duration.ofSeconds(15));
    AtomicReference<Rebuilder> rebuilder = new AtomicReference<>();
    Path output = options.build().outputDir();
    SearchOptions searchOptions = options.build().search();
    SearchRefresh search =
        searchOptions.index()
            ? new SearchRefresh(searchOptions, output, searchFolder(options), onSearch::accept)
            : null;
    SiteFolder folder =
        search == null
            ? new SiteFolder(output)
            : new SiteFolder(output).withMount(Pagefind.BUNDLE, search.bundle());
    PreviewServer server =
        PreviewServer.start(
            options.host(),
            options.port(),
            folder,
            () -> rebuilder.get() == null ? "/" : rebuilder.get().basePath(),
            live);
    Consumer<Rebuilt> built =
        rebuilt -> {
          onBuild.accept(rebuilt);
          if (search != null && rebuilt.result().succeeded()) {
            search.refresh();
          }
        };
    try {
      rebuilder.set(rebuilders.apply(server.origin()));
      BuildResult first = rebuild(rebuilder.get(), Set.of(), live, built);
      Path project = options.build().projectDir();
      List<Path> sources =
          List.of(
              project.resolve("content"), project.resolve("templates"), project.resolve("site"));
      SourceWatcher watcher =
          SourceWatcher.start(
              sources, options.quiet(), changed -> rebuild(rebuilder.get(), changed, live, built));
      return new Preview(server, watcher, first, rebuilder.get(), search);
    } catch (IOException | RuntimeException e) {
      if (search != null) {
        search.close();
      }
      server.close();
      throw e;
    }
  }

  /**
   * Where the preview's search index is kept: in the project's build cache, outside the preview
   * folder that every rebuild replaces.
   */
  static Path searchFolder(ServeOptions options) {
    return options
        .build()
        .projectDir()
        .resolve("target")
        .resolve("briefing-cache")
        .resolve("preview-search");
  }

  /** How many search index runs have ended since the preview started (0 without search). */
  public int searchRuns() {
    return search == null ? 0 : search.runs();
  }

  private static BuildResult rebuild(
      Rebuilder rebuilder, Set<Path> changed, LiveReload live, Consumer<Rebuilt> onBuild) {
    BuildResult result;
    try {
      result = rebuilder.rebuild(changed);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // an I/O failure (disk full, folder locked) or a fault nobody foresaw: shown like a content
      // error, on the page and in the log, and the preview goes on (the failed build's memory is
      // garbage once it has unwound)
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      Throwable cause = e.getCause();
      if (cause != null && cause.getMessage() != null) {
        why += ": " + cause.getMessage();
      }
      result =
          BuildResult.failed(
              List.of(Problem.error("target", 0, 0, "the rebuild failed: " + why)),
              null,
              0,
              List.of());
    }
    live.built(result);
    onBuild.accept(new Rebuilt(changed, result));
    return result;
  }

  /** The first build's result. */
  public BuildResult firstBuild() {
    return first;
  }

  /** The home page of the preview, e.g. {@code http://127.0.0.1:8080/briefings/}. */
  public URI url() {
    return server.url();
  }

  /** {@code http://host:port}. */
  public String origin() {
    return server.origin();
  }

  /**
   * Stops watching (letting a rebuild under way finish), ends the event streams, stops the server
   * and lets the rebuilder save its cache.
   */
  @Override
  public void close() {
    watcher.close();
    if (search != null) {
      search.close();
    }
    server.close();
    rebuilder.close();
  }
}
