package io.github.briefings.build;

import io.github.briefings.output.SiteOutput;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import io.github.briefings.schedule.PublishingRules;
import java.util.List;

/**
 * One build as it runs: its options and publishing rules, the problems found so far, the phases it
 * went through and how long each took, and how it ends.
 */
public final class BuildRun {

  private final long start = System.nanoTime();
  private final BuildOptions options;
  private final BuildCache cache;
  private final BuildListener listener;
  private final PhaseTimer timer;
  private final Problems problems = new Problems();
  private final PublishingRules rules;

  BuildRun(BuildOptions options, BuildCache cache, BuildListener listener) {
    this.options = options;
    this.cache = cache;
    this.listener = listener;
    this.timer = new PhaseTimer(listener);
    this.rules = new PublishingRules(options.drafts(), options.future(), options.now());
  }

  public BuildOptions options() {
    return options;
  }

  /** Every problem found so far (thread-safe). */
  public Problems problems() {
    return problems;
  }

  /**
   * What this build publishes, by its clock: drafts, embargoed and expired briefings are held back.
   */
  public PublishingRules rules() {
    return rules;
  }

  /** Ends the current phase of the build under {@code name} and starts the next. */
  public void end(String phase) {
    timer.end(phase);
  }

  /** Counts {@code total} pieces of work of a long stage, telling the listener as they are done. */
  Counter counter(String what, int total) {
    return new Counter(listener, what, total);
  }

  /** Ends a build that found errors: nothing written, what it loaded kept for the next one. */
  public BuildResult failed() {
    cache.failed();
    return BuildResult.failed(problems.sorted(), options.outputDir(), millis(), timer.phases());
  }

  /**
   * Ends a build that found the site it would make already in place, holding {@code counts}, as
   * made by a build that reported {@code reported}.
   */
  public BuildResult upToDate(SiteCounts counts, List<Problem> reported) {
    timer.end(BuildResult.UP_TO_DATE);
    return BuildResult.alreadyUpToDate(
        reported, options.outputDir(), counts, millis(), timer.phases());
  }

  /** Ends a build that wrote {@code output}, a site holding {@code counts}. */
  public BuildResult built(SiteCounts counts, SiteOutput output) {
    return BuildResult.built(
        problems.sorted(),
        options.outputDir(),
        counts,
        output.writtenCount(),
        output.changed(),
        millis(),
        timer.phases());
  }

  private long millis() {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
