package io.github.briefings.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.BuildReport;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildResult;
import io.github.briefings.output.StagingDirectory;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledPublishingTest {

  @TempDir Path tmp;

  /**
   * Published now; embargoed until 3 December 06:00 Paris; rights expiring 2 December 00:00 Paris;
   * a draft.
   */
  private TestProject project() {
    return new TestProject(tmp)
        .briefing("content/2024/now.md", "Now", "2024-11-06", "")
        .briefing("content/2024/later.md", "Later", "2024-12-03T06:00:00+01:00", "")
        .briefing("content/2024/rights.md", "Rights", "2024-11-06", "expires: 2024-12-02\n")
        .briefing("content/2024/draft.md", "Draft", "2024-11-20", "draft: true\n");
  }

  private static BuildResult build(TestProject p, String now) {
    return Briefings.build(p.options().withNow(Instant.parse(now)));
  }

  @Test
  void embargoesLiftAndExpiriesTakeBriefingsDownAsTheClockPasses() {
    TestProject p = project();
    BuildResult first = build(p, "2024-12-01T00:00:00Z");
    assertThat(first.problems()).isEmpty();
    assertThat(first.briefings()).isEqualTo(2);
    assertThat(first.schedule())
        .isEqualTo(
            new Schedule(
                1,
                1,
                0,
                new NextChange(
                    "content/2024/rights.md",
                    first.schedule().next().at(),
                    NextChange.Event.EXPIRES),
                first.schedule().listed()));
    assertThat(first.schedule().listed())
        .extracting(HeldBriefing::describe)
        .containsExactly(
            "content/2024/draft.md: draft",
            "content/2024/later.md: embargoed until 2024-12-03T06:00+01:00");
    assertThat(first.schedule().next().describe())
        .isEqualTo("content/2024/rights.md expires 2024-12-02T00:00+01:00");
    assertThat(first.changed()).isTrue();
    assertThat(Files.exists(p.out().resolve("2024/11/rights/index.html"))).isTrue();

    // an hour later nothing is due: the site is byte for byte the same
    BuildResult idle = build(p, "2024-12-01T01:00:00Z");
    assertThat(idle.changed()).isFalse();
    assertThat(idle.schedule()).isEqualTo(first.schedule());

    BuildResult expired = build(p, "2024-12-02T12:00:00Z");
    assertThat(expired.briefings()).isEqualTo(1);
    assertThat(expired.schedule().describeHeld())
        .isEqualTo("3 held back: 1 draft, 1 embargoed, 1 expired");
    assertThat(expired.schedule().next().describe())
        .isEqualTo("content/2024/later.md goes live 2024-12-03T06:00+01:00");
    assertThat(expired.changed()).isTrue();
    assertThat(Files.exists(p.out().resolve("2024/11/rights"))).isFalse();
    assertThat(p.read("index.html")).doesNotContain("Rights");

    BuildResult again = build(p, "2024-12-02T12:00:00Z");
    assertThat(again.upToDate()).isTrue();
    assertThat(again.changed()).isFalse();
    assertThat(again.schedule()).isEqualTo(expired.schedule());

    BuildResult live = build(p, "2024-12-03T05:00:00Z");
    assertThat(live.briefings()).isEqualTo(2);
    assertThat(live.schedule().next()).isNull();
    assertThat(live.changed()).isTrue();
    assertThat(p.read("index.html")).contains("Later");
  }

  @Test
  void aPreviewShowsEmbargoedBriefingsButNotExpiredOnes() {
    TestProject p = project();
    BuildResult preview =
        Briefings.build(
            p.options()
                .withNow(Instant.parse("2024-12-02T12:00:00Z"))
                .withDrafts(true)
                .withFuture(true));
    assertThat(preview.briefings()).isEqualTo(3);
    assertThat(preview.schedule())
        .isEqualTo(new Schedule(0, 0, 1, null, preview.schedule().listed()));
    assertThat(preview.schedule().listed())
        .extracting(HeldBriefing::describe)
        .containsExactly("content/2024/rights.md: expired on 2024-12-02T00:00+01:00");
  }

  @Test
  void anExpiryNotAfterTheDateIsAnErrorAtItsLine() {
    TestProject p =
        new TestProject(tmp)
            .briefing(
                "content/x.md",
                "X",
                "2024-11-06T18:00:00+01:00",
                "expires: 2024-11-06T12:00:00+01:00\n");
    BuildResult r = Briefings.build(p.options());
    assertThat(r.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "content/x.md:13:10: error: 'expires' "
                + "(2024-11-06T12:00:00+01:00) is not after 'date': the briefing would never be published; give a "
                + "later time, or remove 'expires'");
    assertThat(r.changed()).isFalse();
  }

  @Test
  void withoutTheBuildCacheTheSiteIsComparedByteForByte() throws IOException {
    TestProject p = project();
    build(p, "2024-12-01T00:00:00Z");
    Map<String, String> before = TestProject.hashes(p.out());
    StagingDirectory.deleteTree(tmp.resolve("target/briefing-cache"));
    BuildResult same = build(p, "2024-12-01T00:00:00Z");
    assertThat(same.written()).as("no manifest: every file written again").isGreaterThan(10);
    assertThat(same.changed()).isFalse();
    assertThat(TestProject.hashes(p.out())).isEqualTo(before);

    StagingDirectory.deleteTree(tmp.resolve("target/briefing-cache"));
    p.briefing("content/2024/now.md", "Now, retitled", "2024-11-06", "");
    assertThat(build(p, "2024-12-01T00:00:00Z").changed()).isTrue();
  }

  @Test
  void theReportSaysWhatCiNeeds() {
    TestProject p = project();
    BuildReport report = BuildReport.of(build(p, "2024-12-01T00:00:00Z"));
    assertThat(report.json())
        .isEqualTo(
            """
                {
                  "changed" : true,
                  "nextChange" : "2024-12-02T00:00:00+01:00",
                  "nextChangeFile" : "content/2024/rights.md",
                  "nextChangeEvent" : "expires",
                  "briefings" : 2,
                  "heldBack" : 2,
                  "drafts" : 1,
                  "embargoed" : 1,
                  "expired" : 0,
                  "warnings" : 0,
                  "errors" : 0
                }
                """);
    assertThat(report.plusChecked(2, 1).json()).contains("\"warnings\" : 1,\n  \"errors\" : 2\n");
    p.write("content/2024/bad.md", "---\ntitle: Bad\n---\n");
    BuildReport failed = BuildReport.of(build(p, "2024-12-01T00:00:00Z"));
    assertThat(failed.changed()).isFalse();
    assertThat(failed.errors()).isGreaterThan(0);
    assertThat(failed.json()).contains("\"nextChange\" : null");
  }
}
