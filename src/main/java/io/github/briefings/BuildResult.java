package io.github.briefings;

import io.github.briefings.problems.Problem;
import io.github.briefings.schedule.Schedule;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build did.
 *
 * @param problems every problem, sorted by file and line
 * @param outputDir where the site was written (untouched when the build failed)
 * @param briefings briefings published
 * @param schedule the briefings held back (drafts, embargoed, expired) and the next change the
 *     clock brings
 * @param pages pages the site has
 * @param feeds Atom feeds the site has
 * @param files other files the site has (photos and their copies, static files)
 * @param photos photos published (each original once)
 * @param written files this build wrote (the others were already in the output, unchanged)
 * @param changed whether the site in {@code outputDir} now differs from the one before, byte for
 *     byte
 * @param millis wall time of the build
 * @param phases how long each stage took, in order
 */
public record BuildResult(
    List<Problem> problems,
    Path outputDir,
    int briefings,
    Schedule schedule,
    int pages,
    int feeds,
    int files,
    int photos,
    int written,
    boolean changed,
    long millis,
    List<Phase> phases) {

  /**
   * One stage of a build and its wall time.
   *
   * @param name what the stage did
   * @param millis how long it took
   */
  public record Phase(String name, long millis) {}

  /** The one stage of a build that found the site up to date and did nothing else. */
  public static final String UP_TO_DATE = "check that the site is up to date";

  public BuildResult {
    problems = List.copyOf(problems);
    phases = List.copyOf(phases);
  }

  /**
   * A build that ended with {@code problems} before writing anything: the output was left as it
   * was.
   */
  public static BuildResult failed(
      List<Problem> problems, Path outputDir, long millis, List<Phase> phases) {
    return new BuildResult(
        problems, outputDir, 0, Schedule.NONE, 0, 0, 0, 0, 0, false, millis, phases);
  }

  /** Briefings held back, for any reason. */
  public int held() {
    return schedule.held();
  }

  public long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  public boolean succeeded() {
    return errorCount() == 0;
  }

  /** Whether the build found the site it would make already in place, and did nothing else. */
  public boolean upToDate() {
    return phases.size() == 1 && phases.get(0).name().equals(UP_TO_DATE);
  }
}
