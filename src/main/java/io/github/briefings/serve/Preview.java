package io.github.briefings.serve;

import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
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

  /** One build and what it was for. */
  public record Rebuilt(Set<Path> changed, BuildResult result) {}

  private final PreviewServer server;
  private final SourceWatcher watcher;
  private final BuildResult first;
  private final Rebuilder rebuilder;

  private Preview(
      PreviewServer server, SourceWatcher watcher, BuildResult first, Rebuilder rebuilder) {
    this.server = server;
    this.watcher = watcher;
    this.first = first;
    this.rebuilder = rebuilder;
  }

  /**
   * Binds the server, runs the first build with a {@link CachedRebuilder}, then starts watching.
   *
   * @param onBuild told of every build, the first included (for logging); called on the build's
   *     thread
   */
  public static Preview start(ServeOptions options, Consumer<Rebuilt> onBuild) throws IOException {
    return start(
        options,
        origin ->
            new CachedRebuilder(
                options.build(),
                origin,
                () -> options.fixedNow() != null ? options.fixedNow() : Instant.now()),
        onBuild);
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
    LiveReload live = new LiveReload(Duration.ofSeconds(15));
    AtomicReference<Rebuilder> rebuilder = new AtomicReference<>();
    PreviewServer server =
        PreviewServer.start(
            options.host(),
            options.port(),
            options.build().outputDir(),
            () -> rebuilder.get() == null ? "/" : rebuilder.get().basePath(),
            live);
    try {
      rebuilder.set(rebuilders.apply(server.origin()));
      BuildResult first = rebuild(rebuilder.get(), Set.of(), live, onBuild);
      Path project = options.build().projectDir();
      List<Path> sources =
          List.of(
              project.resolve("content"), project.resolve("templates"), project.resolve("site"));
      SourceWatcher watcher =
          SourceWatcher.start(
              sources,
              options.quiet(),
              changed -> rebuild(rebuilder.get(), changed, live, onBuild));
      return new Preview(server, watcher, first, rebuilder.get());
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
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
    server.close();
    rebuilder.close();
  }
}
