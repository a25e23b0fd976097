package io.github.briefings.maven;

import io.github.briefings.build.BuildResult;
import io.github.briefings.schedule.HeldBriefing;
import io.github.briefings.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines that end a build's log: what the site has, what was held back and why, the next
 * scheduled change, what was written, and where the time went. The rows of the table add up: pages,
 * feeds, photos and other files make the site's total, and so do the files written and those
 * already up to date.
 */
final class Summary {

  private Summary() {}

  static List<String> of(BuildResult r) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%s %d briefings (%s) in %d ms -> %s",
            r.upToDate() ? "Up to date, nothing to write:" : "Built",
            r.briefings(),
            r.schedule().describeHeld(),
            r.millis(),
            r.outputDir()));
    held(r.schedule(), lines);
    r.schedule().nextChange().ifPresent(next -> lines.add("next change: " + next.describe()));
    int total = r.pages() + r.feeds() + r.files();
    lines.add("                     | in the site");
    lines.add("  -------------------+------------");
    lines.add(row("Pages", r.pages()));
    lines.add(row("Feeds", r.feeds()));
    lines.add(row("Photos", r.photos()));
    lines.add(row("Other files", Math.max(0, r.files() - r.photos())));
    lines.add("  -------------------+------------");
    lines.add(row("Total", total));
    lines.add(row("Written this build", r.written()));
    lines.add(row("Already up to date", Math.max(0, total - r.written())));
    lines.add("  Time per stage (ms):");
    for (BuildResult.Phase phase : r.phases()) {
      lines.add(String.format(Locale.ROOT, "    %-32s %7d", phase.name(), phase.millis()));
    }
    return lines;
  }

  /**
   * The briefings held back and why, the first {@value Schedule#LISTED} by file, then how many
   * more.
   */
  private static void held(Schedule schedule, List<String> lines) {
    if (schedule.held() == 0) {
      return;
    }
    lines.add("held back:");
    for (HeldBriefing h : schedule.listed()) {
      lines.add("  " + h.describe());
    }
    if (schedule.unlisted() > 0) {
      lines.add("  and " + schedule.unlisted() + " more");
    }
  }

  private static String row(String name, int count) {
    return String.format(Locale.ROOT, "  %-18s | %,10d", name, count);
  }
}
