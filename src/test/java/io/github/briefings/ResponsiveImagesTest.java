package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.build.BuildResult;
import io.github.briefings.content.Photo;
import io.github.briefings.problems.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Built pages offer each photo's resized copies with srcset, sizes, width and height; copies are
 * cached.
 */
class ResponsiveImagesTest {

  @TempDir Path tmp;

  private TestProject project() {
    TestProject p = new TestProject(tmp);
    p.image("content/images/wide.jpg", 2000, 1200).image("content/images/inline.jpg", 1000, 600);
    p.write(
        "content/2024/wide.md",
        """
                ---
                title: "Wide photo"
                summary: "A short standfirst."
                date: 2024-11-06
                author: Jean Dupont
                countries: [RU]
                topics: [defence]
                photo:
                  src: images/wide.jpg
                  alt: "A wide square"
                  credit: "Photo / Agency"
                ---
                Text before.

                ![Inline alt](images/inline.jpg "Inline caption"){credit="Inline credit"}
                """);
    return p;
  }

  @Test
  void leadCardAndInlineFiguresOfferEveryCopy() {
    TestProject p = project();
    BuildResult result = Briefings.build(p.options());
    assertThat(result.problems()).isEmpty();

    Document page = Jsoup.parse(p.read("2024/11/wide/index.html"));
    Element lead = page.selectFirst("figure.figure--lead img");
    assertThat(lead.attr("src")).matches("/briefings/media/images/wide\\.960\\.[0-9a-f]{10}\\.jpg");
    assertThat(lead.attr("width")).isEqualTo("960");
    assertThat(lead.attr("height")).isEqualTo("576");
    assertThat(lead.attr("srcset"))
        .matches(
            "/briefings/media/images/wide\\.480\\.[0-9a-f]{10}\\.jpg 480w, "
                + "/briefings/media/images/wide\\.960\\.[0-9a-f]{10}\\.jpg 960w, "
                + "/briefings/media/images/wide\\.1600\\.[0-9a-f]{10}\\.jpg 1600w, "
                + "/briefings/media/images/wide\\.2000\\.[0-9a-f]{10}\\.jpg 2000w");
    assertThat(lead.attr("sizes")).isEqualTo(Photo.LEAD_SIZES);
    assertThat(lead.hasAttr("loading")).isFalse();

    Element inline = page.selectFirst(".prose figure img, figure:not(.figure--lead) img");
    assertThat(inline.attr("src"))
        .matches("/briefings/media/images/inline\\.960\\.[0-9a-f]{10}\\.jpg");
    assertThat(inline.attr("width")).isEqualTo("960");
    assertThat(inline.attr("height")).isEqualTo("576");
    assertThat(inline.attr("srcset"))
        .matches(
            "/briefings/media/images/inline\\.480\\.[0-9a-f]{10}\\.jpg 480w, "
                + "/briefings/media/images/inline\\.960\\.[0-9a-f]{10}\\.jpg 960w, "
                + "/briefings/media/images/inline\\.1000\\.[0-9a-f]{10}\\.jpg 1000w");
    assertThat(inline.attr("sizes")).isEqualTo(Photo.BODY_SIZES);
    assertThat(inline.attr("loading")).isEqualTo("lazy");

    Document home = Jsoup.parse(p.read("index.html"));
    Element card = home.selectFirst(".card figure img");
    assertThat(card.attr("srcset")).isEqualTo(lead.attr("srcset"));
    assertThat(card.attr("sizes")).isEqualTo(Photo.CARD_SIZES);
    assertThat(card.attr("src")).isEqualTo(lead.attr("src"));
    assertThat(card.attr("width")).isEqualTo("960");
    assertThat(card.attr("height")).isEqualTo("576");

    // every copy and the original are published; og:image stays the original
    for (String src : (lead.attr("srcset") + ", " + inline.attr("srcset")).split(", ", -1)) {
      assertThat(p.out().resolve(src.split(" ", -1)[0].substring("/briefings/".length())))
          .isRegularFile();
    }
    assertThat(p.out().resolve("media/images/wide.jpg")).isRegularFile();
    assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
        .isEqualTo("https://example.github.io/briefings/media/images/wide.jpg");
    assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("2000");
  }

  @Test
  void aSecondBuildResizesNothing() throws IOException {
    TestProject p = project();
    assertThat(Briefings.build(p.options()).problems()).isEmpty();
    Path cache = tmp.resolve("target/briefing-cache/images");
    Map<Path, FileTime> before = times(cache);
    // 7 copies, each with its size and hash (.sum), and a mark for each of the 2 photos found whole
    // when first decoded
    assertThat(before).hasSize(16);
    for (Path file : before.keySet()) {
      Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000L));
    }

    assertThat(Briefings.build(p.options()).problems()).isEmpty();
    Map<Path, FileTime> after = times(cache);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    assertThat(after.values()).allMatch(t -> t.toMillis() == 1_000_000L);
    assertThat(p.out().resolve("media/images")).isDirectory();
  }

  @Test
  void copiesLostFromTheImageCacheAreMadeAgainForBriefingsTheBuildCacheKept() throws IOException {
    TestProject p = project();
    assertThat(Briefings.build(p.options()).problems()).isEmpty();
    Map<String, String> first = TestProject.hashes(p.out());
    Path cache = tmp.resolve("target/briefing-cache/images");
    // the briefings stay in the build cache (not read again), but their photos' copies are gone
    try (var files = Files.list(cache)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    try (var files = Files.walk(p.out())) {
      for (Path f :
          files
              .filter(f -> f.getFileName().toString().matches(".*\\.\\d+\\.[0-9a-f]{10}\\.jpg"))
              .toList()) {
        Files.delete(f);
      }
    }

    BuildResult second = Briefings.build(p.options());

    assertThat(second.problems()).isEmpty();
    assertThat(times(cache)).hasSize(14); // 7 copies made again, each with its .sum
    assertThat(TestProject.hashes(p.out())).isEqualTo(first);
  }

  @Test
  void aFiftyMegapixelPhotoIsAClearErrorOnItsBriefing() throws IOException {
    TestProject p = new TestProject(tmp);
    Files.createDirectories(tmp.resolve("content/images"));
    Files.write(
        tmp.resolve("content/images/huge.png"),
        io.github.briefings.photos.PhotoVariantsTest.pngHeaderForTests(10_000, 6_000));
    p.briefingWithPhoto("content/2024/huge.md", "Huge photo", "images/huge.png", "Too many pixels");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).isFalse();
    List<String> errors =
        result.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .startsWith("content/2024/huge.md:")
        .contains("images/huge.png")
        .contains("10000×6000")
        .contains("over the limit of 50 megapixels");
  }

  @Test
  void aPhotoWhosePixelsCannotBeDecodedIsAClearError() throws IOException {
    TestProject p = new TestProject(tmp);
    Files.createDirectories(tmp.resolve("content/images"));
    // a header saying 200×100, and no pixel data at all
    Files.write(
        tmp.resolve("content/images/empty.png"),
        io.github.briefings.photos.PhotoVariantsTest.pngHeaderForTests(200, 100));
    p.briefingWithPhoto("content/2024/empty.md", "No pixels", "images/empty.png", "Nothing");
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).isFalse();
    List<String> errors =
        result.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    assertThat(errors).hasSize(1);
    // found when the photo is first read, at the briefing's photo line, before any resizing
    assertThat(errors.get(0))
        .startsWith("content/2024/empty.md:9:8: error: photo 'images/empty.png': the image data")
        .contains("cannot be decoded")
        .contains("replace the file");
    assertThat(p.out()).doesNotExist();
  }

  private static Map<Path, FileTime> times(Path dir) throws IOException {
    Map<Path, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        times.put(f, Files.getLastModifiedTime(f));
      }
    }
    return times;
  }
}
