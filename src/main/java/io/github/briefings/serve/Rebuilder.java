package io.github.briefings.serve;

import io.github.briefings.build.BuildResult;
import java.nio.file.Path;
import java.util.Set;

/**
 * Brings the preview output up to date after changes to the sources: it gets the changed files and
 * may rebuild only what they affect ({@link CachedRebuilder} does, through the build cache).
 */
public interface Rebuilder {

  /**
   * Rebuilds after {@code changed} (absolute paths under {@code content/}, {@code templates/} or
   * {@code site/}; empty means "everything", as for the first build). The output is replaced only
   * when the result succeeded; a failed result leaves the previous output as it was.
   */
  BuildResult rebuild(Set<Path> changed);

  /** The base path ({@code /} or {@code /repo/}) of the site in the output, for the server. */
  String basePath();

  /** Called once the preview stops: saves whatever the rebuilder keeps between builds. */
  default void close() {}
}
