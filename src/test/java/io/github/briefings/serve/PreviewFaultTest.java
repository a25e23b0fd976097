package io.github.briefings.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import io.github.briefings.problems.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview rebuild that fails as nobody foresaw (planted here: the rebuilder overflows its stack
 * when a briefing says so) is reported like a content error, to the log and the page's overlay, and
 * the preview goes on: the next save rebuilds as usual.
 */
class PreviewFaultTest {

  private static final String FILE = "content/2024/treaty.md";

  @TempDir Path tmp;

  @Test
  void aRebuildThatFailsUnforeseenIsReportedAndThePreviewGoesOn() throws Exception {
    TestProject project =
        new TestProject(tmp).briefing(FILE, "The treaty", "2024-11-06T18:00:00+01:00", "");
    ServeOptions options =
        ServeOptions.defaults(tmp)
            .withAddress("127.0.0.1", 0)
            .withFixedNow(Instant.parse("2024-12-01T00:00:00Z"))
            .withQuiet(Duration.ofMillis(300));
    ServeOptions preview = options.withBuild(options.build().withThreads(2));
    BlockingQueue<Preview.Rebuilt> builds = new LinkedBlockingQueue<>();
    try (Preview running =
        Preview.start(
            preview,
            origin ->
                new Overflowing(new CachedRebuilder(preview.build(), origin, preview::fixedNow)),
            builds::add)) {
      assertThat(builds.poll(60, TimeUnit.SECONDS).result().succeeded()).isTrue();

      project.briefing(FILE, "The treaty OVERFLOW", "2024-11-06T18:00:00+01:00", "");
      Preview.Rebuilt failed = builds.poll(60, TimeUnit.SECONDS);
      assertThat(failed).isNotNull();
      assertThat(failed.result().succeeded()).isFalse();
      assertThat(failed.result().problems())
          .extracting(Problem::toString)
          .containsExactly("target: error: the rebuild failed: java.lang.StackOverflowError");

      project.briefing(FILE, "The treaty, signed", "2024-11-06T18:00:00+01:00", "");
      Preview.Rebuilt next = builds.poll(60, TimeUnit.SECONDS);
      assertThat(next).isNotNull();
      assertThat(next.result().succeeded()).as("%s", next.result().problems()).isTrue();
      assertThat(running.firstBuild().succeeded()).isTrue();
    }
  }

  /** A rebuilder that overflows its stack when the briefing's title says OVERFLOW. */
  private record Overflowing(CachedRebuilder real) implements Rebuilder {
    @Override
    public io.github.briefings.build.BuildResult rebuild(Set<Path> changed) {
      for (Path file : changed) {
        try {
          if (Files.readString(file).contains("OVERFLOW")) {
            throw new StackOverflowError();
          }
        } catch (java.io.IOException e) {
          // a file deleted since: the real rebuilder says so
        }
      }
      return real.rebuild(changed);
    }

    @Override
    public String basePath() {
      return real.basePath();
    }
  }
}
