package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.build.BuildResult;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's static files publish what they hold, never a file from elsewhere or over a page. */
class StaticFilesTest {

  @TempDir Path tmp;

  private TestProject project() {
    return new TestProject(tmp.resolve("p"))
        .briefing("content/2024/a.md", "A", "2024-11-06", "slug: a\n")
        .write("site/static/ok.txt", "published");
  }

  @Test
  void aStaticFileThatLinksOutOfTheProjectIsAnErrorAndIsNotPublished() throws IOException {
    TestProject p = project();
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "the build machine's secret");
    Files.createSymbolicLink(p.dir().resolve("site/static/leak.txt"), secret);

    BuildResult result = Briefings.build(p.options());

    assertThat(result.succeeded()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::toString)
        .contains(
            "site/static/leak.txt: error: a link to a file outside site/static/: copy the file"
                + " into site/static/ instead of linking to it");
    assertThat(p.out().resolve("leak.txt")).doesNotExist();
  }

  @Test
  void aStaticFileOnAGeneratedPagesPathIsAnError() {
    TestProject p =
        project().write("site/static/2024/11/a/index.html", "<h1>not the briefing</h1>");

    BuildResult result = Briefings.build(p.options());

    assertThat(result.succeeded()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::toString)
        .contains(
            "site/static/2024/11/a/index.html: error: would replace the page the site generates"
                + " at /2024/11/a/index.html: rename or move the static file");
  }

  @Test
  void otherStaticFilesArePublished() {
    TestProject p = project();
    assertThat(Briefings.build(p.options()).succeeded()).isTrue();
    assertThat(p.read("ok.txt")).isEqualTo("published");
  }
}
