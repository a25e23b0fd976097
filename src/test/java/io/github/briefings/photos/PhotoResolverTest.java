package io.github.briefings.photos;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.TestProject;
import io.github.briefings.content.CreditPolicy;
import io.github.briefings.content.Photo;
import io.github.briefings.content.PhotoRef;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoResolverTest {

  @TempDir Path tmp;

  TestProject project;
  Path briefing;
  Problems problems;

  @BeforeEach
  void setUp() {
    project = new TestProject(tmp).write("content/2024/b.md", "x");
    briefing = tmp.resolve("content/2024/b.md");
    problems = new Problems();
  }

  private Optional<Photo> resolve(
      CreditPolicy policy, String src, String alt, String caption, String credit) {
    PhotoResolver resolver =
        new PhotoResolver(tmp, tmp.resolve("content"), policy, PhotoResolver.defaultSources());
    return resolver.resolve(
        new PhotoRef(src, alt, caption, credit, 9, 8), briefing, "content/2024/b.md", problems);
  }

  private List<String> messages() {
    return problems.sorted().stream().map(Problem::toString).toList();
  }

  @Test
  void looksBesideTheBriefingFirstThenUnderContent() {
    project
        .image("content/2024/images/a.jpg", 30, 20)
        .image("content/images/a.jpg", 60, 40)
        .image("content/images/b.jpg", 8, 6);
    assertThat(resolve(CreditPolicy.ERROR, "images/a.jpg", "alt", null, "c").orElseThrow().width())
        .isEqualTo(30);
    assertThat(resolve(CreditPolicy.ERROR, "/images/a.jpg", "alt", null, "c").orElseThrow().width())
        .isEqualTo(60);
    Photo b = resolve(CreditPolicy.ERROR, "images/b.jpg", "alt", null, "c").orElseThrow();
    assertThat(b.sitePath()).isEqualTo("media/images/b.jpg");
    assertThat(b.height()).isEqualTo(6);
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void theBriefingWinsOverTheSidecarFieldByField() {
    project
        .image("content/images/a.jpg", 8, 6)
        .write(
            "content/images/a.jpg.yaml",
            "caption: \"Sidecar caption\"\ncredit: \"Sidecar / Agency\"\nalt: \"Sidecar alt\"\n");
    Photo p =
        resolve(CreditPolicy.ERROR, "images/a.jpg", null, "Briefing caption", null).orElseThrow();
    assertThat(p.caption()).isEqualTo("Briefing caption");
    assertThat(p.credit()).isEqualTo("Sidecar / Agency");
    assertThat(p.alt()).isEqualTo("Sidecar alt");
  }

  @Test
  void aMalformedSidecarIsReportedInTheSidecar() {
    project
        .image("content/images/a.jpg", 8, 6)
        .write("content/images/a.jpg.yaml", "caption: [oops\n");
    resolve(CreditPolicy.ERROR, "images/a.jpg", "alt", null, "c");
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("content/images/a.jpg.yaml:2:")
        .contains("malformed YAML in photo sidecar");
  }

  @Test
  void noCreditIsAnErrorOrAWarning() {
    project.image("content/images/a.jpg", 8, 6);
    assertThat(resolve(CreditPolicy.ERROR, "images/a.jpg", "alt", null, null)).isEmpty();
    assertThat(messages())
        .containsExactly(
            "content/2024/b.md:9:8: error: photo 'images/a.jpg' has no credit: "
                + "add credit: \"Name / Agency\" in the briefing or in content/images/a.jpg.yaml"
                + " (or embed it in the photo's IPTC/XMP Credit)");
    problems = new Problems();
    assertThat(resolve(CreditPolicy.WARN, "images/a.jpg", "alt", null, null)).isPresent();
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("content/2024/b.md:9:8: warning: photo");
  }

  @Test
  void noAltIsAnError() {
    project.image("content/images/a.jpg", 8, 6);
    assertThat(resolve(CreditPolicy.ERROR, "images/a.jpg", null, "caption", "c")).isEmpty();
    assertThat(messages())
        .singleElement()
        .asString()
        .isEqualTo(
            "content/2024/b.md:9:8: error: photo 'images/a.jpg' has no alt text: describe what it "
                + "shows for screen readers with alt: \"…\" in the briefing or in content/images/a.jpg.yaml");
  }

  @Test
  void aMissingFileNamesWhereItLooked() {
    assertThat(resolve(CreditPolicy.ERROR, "images/none.jpg", "a", null, "c")).isEmpty();
    assertThat(messages())
        .containsExactly(
            "content/2024/b.md:9:8: error: photo file not found: 'images/none.jpg' "
                + "(looked for content/2024/images/none.jpg and content/images/none.jpg): check the file name, or add the photo");
  }

  @Test
  void pathsLeavingContentAndRemoteUrlsAreRefused() throws Exception {
    Files.writeString(tmp.resolve("secret.jpg"), "x");
    assertThat(resolve(CreditPolicy.ERROR, "../../etc/passwd", "a", null, "c")).isEmpty();
    assertThat(resolve(CreditPolicy.ERROR, "/../secret.jpg", "a", null, "c")).isEmpty();
    assertThat(resolve(CreditPolicy.ERROR, "https://example.org/a.jpg", "a", null, "c")).isEmpty();
    assertThat(messages())
        .containsExactly(
            "content/2024/b.md:9:8: error: photo path '../../etc/passwd' leaves the content folder: keep photos "
                + "under content/ and give a path inside it",
            "content/2024/b.md:9:8: error: photo path '/../secret.jpg' leaves the content folder: keep photos "
                + "under content/ and give a path inside it",
            "content/2024/b.md:9:8: error: remote photo 'https://example.org/a.jpg' is not supported: save the "
                + "file under content/ and give its path");
  }

  @Test
  void aSymlinkOutOfContentIsRefused() throws Exception {
    project.image("outside.jpg", 8, 6);
    Files.createDirectories(tmp.resolve("content/images"));
    Files.createSymbolicLink(tmp.resolve("content/images/link.jpg"), tmp.resolve("outside.jpg"));
    assertThat(resolve(CreditPolicy.ERROR, "images/link.jpg", "a", null, "c")).isEmpty();
    assertThat(messages())
        .singleElement()
        .asString()
        .contains("is a link to a file outside content/");
  }

  @Test
  void emptyAndNonImageFilesAreErrors() throws Exception {
    Files.createDirectories(tmp.resolve("content/images"));
    Files.write(tmp.resolve("content/images/empty.jpg"), new byte[0]);
    Files.writeString(tmp.resolve("content/images/text.jpg"), "not an image");
    assertThat(resolve(CreditPolicy.ERROR, "images/empty.jpg", "a", null, "c")).isEmpty();
    assertThat(resolve(CreditPolicy.ERROR, "images/text.jpg", "a", null, "c")).isEmpty();
    assertThat(messages())
        .containsExactly(
            "content/2024/b.md:9:8: error: photo 'images/empty.jpg': the image file is empty (0 bytes): replace "
                + "it with the real photo",
            "content/2024/b.md:9:8: error: photo 'images/text.jpg': not an image format that can be read (use "
                + "JPEG, PNG, GIF or WebP)");
  }
}
