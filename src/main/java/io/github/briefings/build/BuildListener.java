package io.github.briefings.build;

/**
 * Hears how a build goes, for a progress log. Called from several threads; the defaults do nothing.
 */
public interface BuildListener {

  /** A listener that ignores everything. */
  BuildListener NONE = new BuildListener() {};

  /** A stage of the build ended. */
  default void phase(String name, long millis) {}

  /** Progress inside a long stage: {@code done} of {@code total} {@code what} (e.g. "pages"). */
  default void progress(String what, int done, int total) {}
}
