package io.github.briefings.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.briefings.content.Photo;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies built to crash or stall the Markdown parser: each ends in seconds with one error. */
class BodyLimitsTest {

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of(
            "1,500 nested quotes",
            (Supplier<String>) () -> ">".repeat(1500) + " deep\n",
            "content/x.md:3:1: error: quotes and lists nest more than 32 levels deep here"),
        Arguments.of(
            "1,500 nested list items on a line",
            (Supplier<String>) () -> "- ".repeat(1500) + "deep\n",
            "content/x.md:3:1: error: quotes and lists nest more than 32 levels deep here"),
        Arguments.of(
            "1,500 list levels by indentation",
            (Supplier<String>)
                () -> {
                  StringBuilder b = new StringBuilder();
                  for (int i = 0; i < 1500; i++) {
                    b.append("  ".repeat(i)).append("- level\n");
                  }
                  return b.toString();
                },
            "content/x.md:67:1: error: quotes and lists nest more than 32 levels deep here"),
        Arguments.of(
            "a 100,000-character emphasis line",
            (Supplier<String>) () -> "*a".repeat(50_000) + "\n",
            "content/x.md:3:1: error: this line has 100000 characters; at most 20000 are read"),
        Arguments.of(
            "50,000 link references",
            (Supplier<String>)
                () -> {
                  StringBuilder b = new StringBuilder("Text.\n\n");
                  for (int i = 0; i < 50_000; i++) {
                    b.append("[r").append(i).append("]: /x").append(i).append('\n');
                  }
                  return b.toString();
                },
            "content/x.md:3:1: error: the body has 50000 links or bracketed words; at most 5000"),
        Arguments.of(
            "60,000 links in one paragraph",
            (Supplier<String>)
                () -> {
                  StringBuilder b = new StringBuilder();
                  for (int i = 0; i < 60_000; i++) {
                    b.append("[a](/b) ");
                    if (i % 1000 == 999) {
                      b.append('\n');
                    }
                  }
                  return b.toString();
                },
            "content/x.md:3:1: error: the body has 60000 links or bracketed words; at most 5000"),
        Arguments.of(
            "2,000 images in one paragraph",
            (Supplier<String>)
                () -> {
                  StringBuilder b = new StringBuilder();
                  for (int i = 0; i < 2_000; i++) {
                    b.append("![a](p.jpg) ");
                    if (i % 1000 == 999) {
                      b.append('\n');
                    }
                  }
                  return b.toString();
                },
            "content/x.md:3:1: error: the body shows 2000 images; at most 200 are read"),
        Arguments.of(
            "40 backslashes in a link label that does not close (found by the fuzzer)",
            (Supplier<String>) () -> "[/" + "\\".repeat(40) + "*6:\"\n",
            "content/x.md:3:1: error: the brackets opened here hold 40 backslashes before they"
                + " close; at most 8 are read"),
        Arguments.of(
            "24 escaped characters in a link label that does not close",
            (Supplier<String>) () -> "Text.\n\n[" + "\\!".repeat(24) + "\n",
            "content/x.md:5:1: error: the brackets opened here hold 24 backslashes"),
        Arguments.of(
            "a control character",
            (Supplier<String>) () -> "Text.\n\nA \u000B tab.\n",
            "content/x.md:5:3: error: the body holds the invisible character U+000B here"),
        Arguments.of(
            "a noncharacter",
            (Supplier<String>) () -> "Text \uFFFE.\n",
            "content/x.md:3:6: error: the body holds the invisible character U+FFFE here"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void endsInSecondsWithAnErrorAtItsLine(String name, Supplier<String> body, String error) {
    String markdown = body.get();
    Problems problems = new Problems();
    MarkdownRenderer renderer = new MarkdownRenderer("https://example.org/", "/", lang -> "Photo");
    String html =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                renderer
                    .render(
                        markdown,
                        "en",
                        "content/x.md",
                        3,
                        (ref, p) ->
                            Optional.of(
                                new Photo(Path.of("p.jpg"), "media/p.jpg", 8, 6, "a", null, "c")),
                        problems)
                    .html());
    assertThat(html).isEmpty();
    List<String> errors = problems.sorted().stream().map(Problem::toString).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith(error);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void aBodyAtTheLimitsStillRenders(String name, Supplier<String> ignored, String alsoIgnored) {
    String deep =
        ">".repeat(32)
            + " "
            + "[a](/b) ".repeat(200)
            + "\n\n"
            + "![a](p.jpg)\n".repeat(100)
            + "\n["
            + "\\!".repeat(8)
            + "\n";
    Problems problems = new Problems();
    String html =
        new MarkdownRenderer("https://example.org/", "/", lang -> "Photo")
            .render(
                deep,
                "en",
                "content/x.md",
                3,
                (ref, p) ->
                    Optional.of(new Photo(Path.of("p.jpg"), "media/p.jpg", 8, 6, "a", null, "c")),
                problems)
            .html();
    assertThat(problems.hasErrors()).isFalse();
    assertThat(html).contains("<blockquote>").contains("<figure");
  }
}
