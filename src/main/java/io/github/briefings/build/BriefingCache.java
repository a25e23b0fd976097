package io.github.briefings.build;

import io.github.briefings.problems.Problems;
import java.nio.file.Path;

/**
 * The briefings earlier builds loaded, by source file: the load stage reads and renders a briefing
 * again only when its key changed. Thread-safe.
 */
public interface BriefingCache {

  /**
   * What an earlier build loaded from {@code source} with the same {@code key}, or null; a cache
   * that cannot be trusted is discarded with a warning in {@code problems}.
   */
  LoadedBriefing loaded(Path source, String key, Problems problems);

  /** Keeps what was loaded from {@code source}, for the next builds. */
  void keep(Path source, LoadedBriefing loaded);
}
