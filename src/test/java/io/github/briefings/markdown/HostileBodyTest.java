package io.github.briefings.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.content.Photo;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import io.github.briefings.problems.Severity;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies written to run script in a reader's browser: none of them may reach the page. */
class HostileBodyTest {

  private final MarkdownRenderer renderer =
      new MarkdownRenderer("https://example.org/base/", "/base/", lang -> "Photo");
  private final Problems problems = new Problems();

  private Document render(String markdown) {
    String html =
        renderer
            .render(
                markdown,
                "en",
                "content/x.md",
                1,
                (ref, p) ->
                    Optional.of(
                        new Photo(
                            Path.of(ref.src()),
                            "media/" + ref.src(),
                            800,
                            600,
                            "alt",
                            ref.caption(),
                            ref.credit())),
                problems)
            .html();
    return Jsoup.parseBodyFragment(html);
  }

  /** What a browser would run from this page: scripts, handlers, script URLs, styles. */
  private static void assertInert(Document doc) {
    assertThat(doc.select("script, iframe, object, embed, style")).isEmpty();
    for (Element el : doc.getAllElements()) {
      el.attributes()
          .forEach(
              a -> {
                assertThat(a.getKey()).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(a.getKey()).isNotIn("autofocus", "srcdoc", "formaction");
                assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT))
                    .doesNotStartWith("javascript:");
              });
    }
    assertThat(doc.body().html()).doesNotContain("<!--");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!--> <script>alert(1)</script> -->\n",
        "Text <!--> <script>alert(1)</script> --> more.\n",
        "<!-- x --!> <img src=x onerror=alert(2)>\n",
        "Text <!-- x --!> <img src=x onerror=alert(2)> more.\n",
        "<!-- a note for the desk -->\n\nA paragraph.\n",
        "A <!-- note --> paragraph.\n",
      })
  void htmlCommentsAreDroppedAndWhatABrowserWouldRunFromThemToo(String body) {
    assertInert(render(body));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[c](/foo){autofocus onfocus=\"alert(1)\"}\n",
        "[x](/foo){href=\"javascript:alert(1)\"}\n",
        "word{onmouseover=\"alert(1)\" style=\"position:fixed;inset:0\"}\n",
        "## H {onclick=\"alert(1)\"}\n",
        "## H\n{onclick=\"alert(1)\"}\n",
        "Para.\n{.x onclick=\"alert(1)\"}\n",
        "| a |\n|---|\n| b{onclick=\"alert(1)\"} |\n",
        "- item {onclick=\"alert(1)\"}\n",
        "![a](p.jpg){credit=\"c\" onerror=\"alert(1)\" src=\"javascript:alert(1)\"}\n",
      })
  void attributeBlocksSetNoAttributeOutsideThePhotoFields(String body) {
    Document doc = render(body);
    assertInert(doc);
    assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.equals("/base/foo"));
  }

  @Test
  void anAttributeBlockOutsideAnImageIsShownAsWritten() {
    Document doc = render("## Heading {onclick=\"x\"}\n");
    assertThat(doc.select("h2").text()).isEqualTo("Heading {onclick=\"x\"}");
  }

  @Test
  void aRawImageIsAnErrorAtItsLineAndIsLeftOut() {
    Document doc = render("Intro.\n\nSee <img src=\"https://tracker.example/p.gif\"> here.\n");
    assertThat(doc.select("img")).isEmpty();
    assertThat(problems.sorted())
        .filteredOn(p -> p.severity() == Severity.ERROR)
        .extracting(Problem::toString)
        .containsExactly(
            "content/x.md:3:5: error: raw HTML <img> is not a photo the site can publish: write"
                + " ![what it shows](images/file.jpg \"caption\"){credit=\"Name\"} with the photo"
                + " saved under content/");
  }

  @Test
  void safeRawHtmlStillPassesWithoutAWarning() {
    Document doc = render("A <abbr title=\"Organisation\">ORG</abbr> and <mark>this</mark>.\n");
    assertThat(doc.select("abbr[title], mark")).hasSize(2);
    assertThat(problems.sorted()).isEmpty();
  }
}
