package io.github.briefings.build;

import io.github.briefings.output.OutputManifest;
import io.github.briefings.output.ShownBriefings;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;

/**
 * What the stages that write the site take from the build cache, and tell it once the site is in
 * place.
 */
public interface OutputCache {

  /**
   * What the last successful build left in {@code outputDir}, or null when unknown or untrusted (a
   * cache that cannot be trusted is discarded with a warning in {@code problems}).
   */
  OutputManifest manifest(Path outputDir, Problems problems);

  /** Forgets {@code outputDir}'s manifest, on disk too: called just before the output changes. */
  void forget(Path outputDir);

  /** Hears which briefings each page and feed this build writes shows (when it keeps that). */
  ShownBriefings shown();

  /** A build put {@code site} in place: what to keep of it. */
  void built(BuiltSite site);
}
