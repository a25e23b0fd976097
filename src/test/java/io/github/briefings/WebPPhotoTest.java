package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.briefings.build.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WebP photo is read (size, pixels) and published like the others, its copies as JPEG. The WebP
 * file is made here from a PNG the test draws, with Debian's {@code cwebp} (package {@code webp},
 * installed by .ci/run); without it the test is skipped and says why.
 */
class WebPPhotoTest {

  private static final Path CWEBP = Path.of("/usr/bin/cwebp");

  @TempDir Path tmp;

  @Test
  void aWebPPhotoIsSizedResizedAndPublished() throws Exception {
    assumeTrue(
        Files.isExecutable(CWEBP),
        "cwebp is not installed (apt-get install webp): WebP test skipped");
    TestProject p = new TestProject(tmp);
    p.image("content/images/source.png", 1200, 800);
    Path webp = tmp.resolve("content/images/photo.webp");
    Process cwebp =
        new ProcessBuilder(
                CWEBP.toString(),
                "-quiet",
                "-q",
                "80",
                tmp.resolve("content/images/source.png").toString(),
                "-o",
                webp.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(cwebp.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(cwebp.exitValue()).isZero();
    p.briefingWithPhoto(
        "content/2024/webp.md", "A WebP photo", "images/photo.webp", "A blue rectangle");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.problems()).isEmpty();

    Document page = Jsoup.parse(p.read("2024/11/webp/index.html"));
    Element img = page.selectFirst("figure.figure--lead img");
    assertThat(img.attr("src")).matches("/briefings/media/images/photo\\.960\\.[0-9a-f]{10}\\.jpg");
    assertThat(img.attr("width")).isEqualTo("960");
    assertThat(img.attr("height")).isEqualTo("640");
    assertThat(img.attr("srcset")).contains("photo.480.").contains("photo.1200.");
    String src = img.attr("src").substring("/briefings/".length());
    assertThat(javax.imageio.ImageIO.read(p.out().resolve(src).toFile()).getWidth()).isEqualTo(960);
    assertThat(Files.exists(p.out().resolve("media/images/photo.webp"))).isTrue();
  }
}
