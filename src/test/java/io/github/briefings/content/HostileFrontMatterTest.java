package io.github.briefings.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.briefings.TestProject;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Front matter and settings built to crash, stall or leak: each ends in seconds with an error. */
class HostileFrontMatterTest {

  @TempDir Path tmp;
  TestProject project;
  BriefingLoader loader;

  @BeforeEach
  void setUp() {
    project = new TestProject(tmp);
    try {
      Files.createDirectories(tmp.resolve("content"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    SiteConfig site = SiteConfigLoader.load(tmp, null, new Problems()).orElseThrow();
    loader = new BriefingLoader(tmp, site);
  }

  private List<String> problemsOf(String name) {
    Problems problems = new Problems();
    assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> loader.load(tmp.resolve("content/" + name), problems));
    return problems.sorted().stream().map(Problem::toString).toList();
  }

  private static String briefing(String title, String date) {
    return "---\ntitle: "
        + title
        + "\nsummary: \"S.\"\ndate: "
        + date
        + "\nauthor: A\ncountries: [FR]\ntopics: [defence]\n---\nBody.\n";
  }

  @Test
  void flowListsTenThousandDeepAreAnErrorNotAStackOverflow() {
    project.write(
        "content/deep.md", briefing("[".repeat(10_000) + "x" + "]".repeat(10_000), "2024-11-06"));
    assertThat(problemsOf("deep.md"))
        .containsExactly(
            "content/deep.md:2:27: error: front matter nests lists and mappings more than 20"
                + " levels deep: write the value flat");
  }

  @Test
  void blockSequencesNestedOnOneLineAreAnErrorToo() {
    project.write("content/deep.md", briefing("\n" + "  - ".repeat(5_000) + "x", "2024-11-06"));
    assertThat(problemsOf("deep.md")).singleElement().asString().contains("more than 20 levels");
  }

  @Test
  void aSiteSettingsFileNestedTooDeepIsAnErrorAtItsLine() {
    project.write("site/site.yaml", "title: " + "{a: ".repeat(5_000) + "1" + "}".repeat(5_000));
    Problems problems = new Problems();
    assertThat(SiteConfigLoader.load(tmp, null, problems)).isEmpty();
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith("site/site.yaml:1:")
        .contains("site settings nests lists and mappings more than 20 levels deep");
  }

  @Test
  void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
    Path big = tmp.resolve("content/big.md");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("---\ntitle: \"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"\n---\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(problemsOf("big.md"))
        .containsExactly(
            "content/big.md:1:1: error: the briefing is 50 MiB; at most 2 MiB is read: split it or"
                + " move what is not text out of it");
  }

  @Test
  void aLongFrontMatterIsRefusedBeforeItIsParsed() {
    project.write("content/long.md", briefing("\"" + "x".repeat(70_000) + "\"", "2024-11-06"));
    assertThat(problemsOf("long.md"))
        .containsExactly(
            "content/long.md:2:1: error: front matter is 68 KiB long; at most 64 KiB is read:"
                + " shorten it");
  }

  @ParameterizedTest
  @CsvSource({"\\u0001", "\\u000B", "\\uFFFE", "\\u0085"})
  void aControlCharacterInAFieldIsAnErrorAtItsLine(String escape) {
    project.write("content/c.md", briefing("\"Title " + escape + " here\"", "2024-11-06"));
    assertThat(problemsOf("c.md"))
        .singleElement()
        .asString()
        .startsWith("content/c.md:2:8: error: this value holds the invisible character U+")
        .endsWith(": delete it (it often comes with text copied from another program)");
  }

  @ParameterizedTest
  @CsvSource({"0001-01-01, 1", "1899-12-31T23:00:00Z, 1899", "+10000-01-01, 10000"})
  void yearsOutside1900To9999AreAnError(String date, String year) {
    project.write("content/y.md", briefing("\"T\"", date));
    assertThat(problemsOf("y.md"))
        .containsExactly(
            "content/y.md:4:7: error: the year "
                + year
                + " in 'date' is out of range: dates run from 1900 to 9999");
  }

  @Test
  void aBriefingThatLinksOutOfTheProjectIsNotRead() throws IOException {
    Path secret = Files.writeString(tmp.getParent().resolve("secret-" + System.nanoTime()), "x");
    Files.createSymbolicLink(tmp.resolve("content/leak.md"), secret);
    assertThat(problemsOf("leak.md"))
        .containsExactly(
            "content/leak.md:1:1: error: the briefing is a link to a file outside content/: copy"
                + " the file into the project instead of linking to it");
    Files.delete(secret);
  }
}
