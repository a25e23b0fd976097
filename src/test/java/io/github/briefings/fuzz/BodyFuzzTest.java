package io.github.briefings.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.briefings.content.Photo;
import io.github.briefings.markdown.MarkdownRenderer;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Any body, through the Markdown pipeline (limits, render, allow-list, typography): no exception
 * escapes, and nothing that runs script survives. Fuzzed for {@code fuzz.duration} in {@code mvn
 * install}; without JAZZER_FUZZ it replays its seeds as a plain test.
 */
class BodyFuzzTest {

  private static final MarkdownRenderer RENDERER =
      new MarkdownRenderer("https://example.org/b/", "/b/", lang -> "Photo");

  @FuzzTest(maxDuration = "15s")
  void renderedBodiesAreInert(FuzzedDataProvider data) {
    String lang = data.consumeBoolean() ? "fr" : "en";
    String body = data.consumeRemainingAsString();
    String html =
        RENDERER
            .render(
                body,
                lang,
                "content/x.md",
                5,
                (ref, p) ->
                    Optional.of(new Photo(Path.of("p.jpg"), "media/p.jpg", 8, 6, "a", null, "c")),
                new Problems())
            .html();
    for (Element el : Jsoup.parseBodyFragment(html).getAllElements()) {
      assertThat(el.normalName()).isNotIn("script", "iframe", "object", "embed", "style");
      el.attributes()
          .forEach(
              a -> {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
                assertThat(a.getValue().strip().toLowerCase(Locale.ROOT))
                    .doesNotStartWith("javascript:");
              });
    }
  }
}
