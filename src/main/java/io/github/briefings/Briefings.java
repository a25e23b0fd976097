package io.github.briefings;

import io.github.briefings.build.BuildCache;
import io.github.briefings.build.BuildListener;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.build.Pipeline;
import io.github.briefings.incremental.DiskCache;

/**
 * The engine's facade: loads {@code site/site.yaml} and every briefing under {@code content/},
 * validates all of it, renders the pages with the theme and writes the site atomically, stage by
 * stage ({@link Pipeline}). Knows nothing of Maven; the Mojos and the preview call it.
 */
public final class Briefings {

  private Briefings() {}

  /**
   * Builds the site with the project's build cache; never throws for bad input (problems are in the
   * result), only for I/O failures.
   */
  public static BuildResult build(BuildOptions options) {
    return build(options, BuildListener.NONE);
  }

  /** Builds the site with the project's build cache, telling {@code listener} how it goes. */
  public static BuildResult build(BuildOptions options, BuildListener listener) {
    return build(options, DiskCache.forProject(options.projectDir()), listener);
  }

  /**
   * Builds the site with {@code cache} (the preview's keeps what it knows between builds), telling
   * {@code listener} how it goes.
   */
  public static BuildResult build(BuildOptions options, BuildCache cache, BuildListener listener) {
    return Pipeline.run(options, cache, listener);
  }
}
