package io.github.briefings.build;

import io.github.briefings.problems.Problem;
import io.github.briefings.schedule.Schedule;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build did.
 *
 * @param problems every problem, sorted by file and line
 * @param outputDir where the site was written (untouched when the build failed)
 * @param counts what the site holds: briefings, held back, pages, feeds, other files, photos
 * @param written files this build wrote (the others were already in the output, unchanged)
 * @param changed whether the site in {@code outputDir} now differs from the one before, byte for
 *     byte
 * @param upToDate whether the build found the site it would make already in place, and did nothing
 *     else
 * @param millis wall time of the build
 * @param phases how long each stage took, in order
 */
public record BuildResult(
    List<Problem> problems,
    Path outputDir,
    SiteCounts counts,
    int written,
    boolean changed,
    boolean upToDate,
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
    return new BuildResult(problems, outputDir, SiteCounts.none(), 0, false, false, millis, phases);
  }

  /**
   * A build that found the site it would make already in {@code outputDir}, as {@code counts} says
   * it is, and wrote nothing; {@code problems} are those the build that made it reported.
   */
  public static BuildResult alreadyUpToDate(
      List<Problem> problems, Path outputDir, SiteCounts counts, long millis, List<Phase> phases) {
    return new BuildResult(problems, outputDir, counts, 0, false, true, millis, phases);
  }

  /** A build that wrote {@code written} files of the site {@code counts} describes. */
  public static BuildResult built(
      List<Problem> problems,
      Path outputDir,
      SiteCounts counts,
      int written,
      boolean changed,
      long millis,
      List<Phase> phases) {
    return new BuildResult(problems, outputDir, counts, written, changed, false, millis, phases);
  }

  /** Briefings published. */
  public int briefings() {
    return counts.briefings();
  }

  /** The briefings held back (drafts, embargoed, expired) and the next change the clock brings. */
  public Schedule schedule() {
    return counts.schedule();
  }

  /** Pages the site has. */
  public int pages() {
    return counts.pages();
  }

  /** Atom feeds the site has. */
  public int feeds() {
    return counts.feeds();
  }

  /** Other files the site has (photos' resized copies, static files, site maps). */
  public int files() {
    return counts.files();
  }

  /** Photos published (each original once). */
  public int photos() {
    return counts.photos();
  }

  /** Briefings held back, for any reason. */
  public int held() {
    return counts.held();
  }

  public long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  public boolean succeeded() {
    return errorCount() == 0;
  }
}
