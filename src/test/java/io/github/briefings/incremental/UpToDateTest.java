package io.github.briefings.incremental;

import static io.github.briefings.TestProject.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildListener;
import io.github.briefings.build.BuildOptions;
import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose sources, settings and clock leave the site as the last build left it does nothing,
 * and says what the last one said; anything that could change the site makes it build.
 */
class UpToDateTest {

  @TempDir Path tmp;

  private static BuildResult build(BuildOptions options, TestProject p) {
    return Briefings.build(options, DiskCache.forProject(p.dir()), BuildListener.NONE);
  }

  @Test
  void nothingChangedIsUpToDateAndSaysTheSameWarnings() {
    TestProject p = BuildCacheTest.project(tmp);
    p.write(
        "content/2024/no-credit.md",
        """
                ---
                title: "Without a credit"
                summary: "A short standfirst."
                date: 2024-11-09T10:00:00Z
                author: Jean Dupont
                countries: [FR]
                topics: [diplomacy]
                photo:
                  src: images/lead.jpg
                  alt: "A grey building"
                ---
                Body.
                """);
    p.write("site/site.yaml", TestProject.SITE_YAML + "credits: warn\n");
    BuildResult first = build(p.options(), p);
    assertThat(first.succeeded()).as("%s", first.problems()).isTrue();
    assertThat(first.problems())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("no credit"));
    Map<String, String> before = hashes(p.out());

    BuildResult second = build(p.options(), p);

    assertThat(second.upToDate()).as("%s", second.phases()).isTrue();
    assertThat(second.written()).isZero();
    assertThat(second.problems()).isEqualTo(first.problems());
    assertThat(second.briefings()).isEqualTo(first.briefings());
    assertThat(second.pages()).isEqualTo(first.pages());
    assertThat(second.feeds()).isEqualTo(first.feeds());
    assertThat(second.files()).isEqualTo(first.files());
    assertThat(second.photos()).isEqualTo(first.photos());
    assertThat(hashes(p.out())).isEqualTo(before);
  }

  @Test
  void aFileChangedOrDeletedInTheOutputIsMadeAgain() throws IOException {
    TestProject p = BuildCacheTest.project(tmp);
    assertThat(build(p.options(), p).succeeded()).isTrue();
    Map<String, String> before = hashes(p.out());
    Files.delete(p.out().resolve("2024/11/b2/index.html"));
    Files.writeString(p.out().resolve("feed.xml"), "truncated");

    BuildResult second = build(p.options(), p);

    assertThat(second.upToDate()).isFalse();
    assertThat(hashes(p.out())).isEqualTo(before);
  }

  @Test
  void aSourceTouchedAddedOrOtherOptionsMakeItBuild() throws IOException {
    TestProject p = BuildCacheTest.project(tmp);
    assertThat(build(p.options(), p).succeeded()).isTrue();
    Path b1 = p.dir().resolve("content/2024/b1.md");
    Files.setLastModifiedTime(b1, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    assertThat(build(p.options(), p).upToDate()).as("a briefing's time").isFalse();
    assertThat(build(p.options(), p).upToDate()).isTrue();

    p.write("site/static/robots-extra.txt", "x");
    assertThat(build(p.options(), p).upToDate()).as("a static file").isFalse();
    p.write("templates/unused.ftlh", "<#-- not used -->");
    assertThat(build(p.options(), p).upToDate()).as("a template").isFalse();
    assertThat(build(p.options().withDrafts(true), p).upToDate()).as("other options").isFalse();
    assertThat(build(p.options().withDrafts(true).withThreads(1), p).upToDate())
        .as("threads do not matter")
        .isTrue();
  }

  @Test
  void theClockPublishesAnEmbargoedBriefingAndMovesTheNewsSiteMap() {
    TestProject p = BuildCacheTest.project(tmp);
    p.briefing("content/2024/embargoed.md", "Embargoed", "2024-12-05T10:00:00Z", "");
    p.briefing("content/2024/fresh.md", "Fresh", "2024-11-30T12:00:00Z", "");
    BuildOptions monday = p.options().withNow(Instant.parse("2024-12-01T00:00:00Z"));
    BuildResult first = build(monday, p);
    assertThat(first.held()).isEqualTo(1);
    assertThat(p.read("news-sitemap.xml")).contains("Fresh");
    assertThat(build(monday.withNow(Instant.parse("2024-12-02T11:00:00Z")), p).upToDate()).isTrue();

    BuildResult later = build(monday.withNow(Instant.parse("2024-12-02T13:00:00Z")), p);
    assertThat(later.upToDate()).as("Fresh has left the news window").isFalse();
    assertThat(p.read("news-sitemap.xml")).doesNotContain("Fresh");

    BuildResult out = build(monday.withNow(Instant.parse("2024-12-05T10:00:00Z")), p);
    assertThat(out.upToDate()).isFalse();
    assertThat(out.held()).isZero();
    assertThat(p.out().resolve("2024/12/embargoed/index.html")).isRegularFile();
  }
}
