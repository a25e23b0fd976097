package io.github.briefings;

import io.github.briefings.build.BuildResult;
import io.github.briefings.files.AtomicMove;
import io.github.briefings.files.PublishedMode;
import io.github.briefings.metadata.PlainJson;
import io.github.briefings.schedule.NextChange;
import io.github.briefings.schedule.Schedule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a build tells the machine that runs it ({@code target/briefing-build.json}): whether the
 * site changed, when the clock next changes it, what was published and held back, and how many
 * problems. A scheduled CI job reads it to deploy only a changed site.
 *
 * @param changed whether the built site differs from the one before, byte for byte
 * @param briefings briefings published
 * @param schedule what was held back (drafts, embargoed, expired) and the next embargo to lift or
 *     expiry
 * @param warnings warnings reported
 * @param errors errors reported (then nothing was changed)
 */
public record BuildReport(
    boolean changed, int briefings, Schedule schedule, long warnings, long errors) {

  /** The report's file name, written in the build folder ({@code target/}). */
  public static final String FILE_NAME = "briefing-build.json";

  /** The report of a build. */
  public static BuildReport of(BuildResult r) {
    long errors = r.errorCount();
    return new BuildReport(
        r.changed(), r.briefings(), r.schedule(), r.problems().size() - errors, errors);
  }

  /** This report with the problems a check of the built site found added. */
  public BuildReport plusChecked(long checkErrors, long checkWarnings) {
    return new BuildReport(
        changed, briefings, schedule, warnings + checkWarnings, errors + checkErrors);
  }

  /** The JSON text, fields in a fixed order. */
  public String json() {
    NextChange next = schedule.next();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("changed", changed);
    out.put("nextChange", next == null ? null : next.isoTime());
    out.put("nextChangeFile", next == null ? null : next.file());
    out.put("nextChangeEvent", next == null ? null : next.event().words());
    out.put("briefings", briefings);
    out.put("heldBack", schedule.held());
    out.put("drafts", schedule.drafts());
    out.put("embargoed", schedule.embargoed());
    out.put("expired", schedule.expired());
    out.put("warnings", warnings);
    out.put("errors", errors);
    return PlainJson.pretty(out) + "\n";
  }

  /**
   * Writes the report to {@code file}, replacing it in one step (a reader never sees half of it).
   */
  public void write(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(temp, json(), StandardCharsets.UTF_8);
      PublishedMode.set(temp);
      AtomicMove.replace(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
