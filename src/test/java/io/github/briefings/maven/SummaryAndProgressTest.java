package io.github.briefings.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildListener;
import io.github.briefings.build.BuildResult;
import io.github.briefings.incremental.DiskCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-of-build summary and the progress lines of a large build, from a real build. */
class SummaryAndProgressTest {

  @TempDir Path tmp;

  @Test
  void theSummarySaysWhatTheSiteHasAndWhatThisBuildWrote() {
    TestProject p = new TestProject(tmp);
    p.briefing("content/a.md", "A", "2024-11-01T10:00:00Z", "");
    p.briefing("content/b.md", "B", "2024-11-02T10:00:00Z", "");
    BuildResult first =
        Briefings.build(p.options(), DiskCache.forProject(p.dir()), BuildListener.NONE);
    BuildResult second =
        Briefings.build(p.options(), DiskCache.forProject(p.dir()), BuildListener.NONE);

    List<String> cold = Summary.of(first);
    List<String> warm = Summary.of(second);

    assertThat(cold.get(0)).startsWith("Built 2 briefings (0 held back) in ");
    assertThat(cold)
        .contains(
            String.format(Locale.ROOT, "  %-18s | %,10d", "Pages", first.pages()),
            String.format(Locale.ROOT, "  %-18s | %,10d", "Photos", 1),
            String.format(Locale.ROOT, "  %-18s | %,10d", "Written this build", first.written()));
    assertThat(first.written()).isGreaterThan(first.pages());
    // the rows add up: the site's total is every file in the output, all written by a first build
    long inOutput;
    try (var files = java.nio.file.Files.walk(p.out())) {
      inOutput =
          files
              .filter(java.nio.file.Files::isRegularFile)
              // the folder's marker is not a file of the site
              .filter(f -> !f.endsWith(io.github.briefings.files.OutputFolder.MARKER))
              .count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(cold).contains(String.format(Locale.ROOT, "  %-18s | %,10d", "Total", inOutput));
    assertThat(first.written()).isEqualTo(inOutput);
    assertThat(first.pages() + first.feeds() + first.files()).isEqualTo(inOutput);
    assertThat(warm)
        .contains(
            String.format(Locale.ROOT, "  %-18s | %,10d", "Total", inOutput),
            String.format(Locale.ROOT, "  %-18s | %,10d", "Already up to date", inOutput));
    assertThat(warm)
        .contains(String.format(Locale.ROOT, "  %-18s | %,10d", "Written this build", 0));
    assertThat(warm.get(0))
        .startsWith("Up to date, nothing to write: 2 briefings (0 held back) in ");
    assertThat(warm).anySatisfy(line -> assertThat(line).contains(BuildResult.UP_TO_DATE));
  }

  @Test
  void theSummaryNamesWhatWasHeldBackTheFirstTwentyThenACount() {
    TestProject p = new TestProject(tmp);
    p.briefing("content/now.md", "Now", "2024-11-01T10:00:00Z", "");
    p.briefing("content/later.md", "Later", "2024-12-03T06:00:00+01:00", "");
    p.briefing("content/rights.md", "Rights", "2024-11-01T10:00:00Z", "expires: 2024-11-20\n");
    for (int i = 10; i < 30; i++) {
      p.briefing(
          "content/draft-" + i + ".md", "Draft " + i, "2024-11-02T10:00:00Z", "draft: true\n");
    }
    List<String> lines = Summary.of(Briefings.build(p.options()));

    assertThat(lines.get(0))
        .startsWith("Built 1 briefings (22 held back: 20 drafts, 1 embargoed, 1 expired) in ");
    assertThat(lines.subList(1, 24))
        .containsExactly(
            "held back:",
            "  content/draft-10.md: draft",
            "  content/draft-11.md: draft",
            "  content/draft-12.md: draft",
            "  content/draft-13.md: draft",
            "  content/draft-14.md: draft",
            "  content/draft-15.md: draft",
            "  content/draft-16.md: draft",
            "  content/draft-17.md: draft",
            "  content/draft-18.md: draft",
            "  content/draft-19.md: draft",
            "  content/draft-20.md: draft",
            "  content/draft-21.md: draft",
            "  content/draft-22.md: draft",
            "  content/draft-23.md: draft",
            "  content/draft-24.md: draft",
            "  content/draft-25.md: draft",
            "  content/draft-26.md: draft",
            "  content/draft-27.md: draft",
            "  content/draft-28.md: draft",
            "  content/draft-29.md: draft",
            "  and 2 more",
            "next change: content/later.md goes live 2024-12-03T06:00+01:00");

    List<String> few = Summary.of(Briefings.build(p.options().withDrafts(true)));
    assertThat(few.subList(1, 4))
        .containsExactly(
            "held back:",
            "  content/later.md: embargoed until 2024-12-03T06:00+01:00",
            "  content/rights.md: expired on 2024-11-20T00:00+01:00");
  }

  @Test
  void aLargeBuildLogsItsProgressAndStagesASmallOneDoesNot() {
    List<String> lines = new ArrayList<>();
    List<String> debug = new ArrayList<>();
    SystemStreamLog log =
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            lines.add(content.toString());
          }

          @Override
          public void debug(CharSequence content) {
            debug.add(content.toString());
          }
        };
    ProgressLog small = new ProgressLog(log);
    small.progress("briefings", 10, 10);
    small.phase("load and check briefings", 12);
    assertThat(lines).isEmpty();
    assertThat(debug).as("nothing at debug level unless Maven runs with -X").isEmpty();
    SystemStreamLog verbose =
        new SystemStreamLog() {
          @Override
          public boolean isDebugEnabled() {
            return true;
          }

          @Override
          public void debug(CharSequence content) {
            debug.add(content.toString());
          }
        };
    new ProgressLog(verbose).phase("load and check briefings", 12);
    assertThat(debug).containsExactly("  done: load and check briefings (12 ms)");

    ProgressLog large = new ProgressLog(log);
    for (int done = 1_000; done <= 10_000; done += 1_000) {
      large.progress("briefings", done, 10_000);
    }
    large.phase("load and check briefings", 4_321);

    assertThat(lines).hasSize(11);
    assertThat(lines.get(0)).isEqualTo("  1,000 of 10,000 briefings (10%)");
    assertThat(lines.get(9)).isEqualTo("  10,000 of 10,000 briefings (100%)");
    assertThat(lines.get(10)).isEqualTo("  done: load and check briefings (4321 ms)");
  }
}
