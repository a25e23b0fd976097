package io.github.briefings.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.content.Photo;
import io.github.briefings.content.PhotoRef;
import io.github.briefings.problems.Problem;
import io.github.briefings.problems.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  final MarkdownRenderer renderer =
      new MarkdownRenderer("https://example.org/base/", "/base/", lang -> "Photo");
  final Problems problems = new Problems();
  final List<PhotoRef> asked = new ArrayList<>();

  private String render(String markdown, String lang) {
    return renderer
        .render(
            markdown,
            lang,
            "content/x.md",
            10,
            (ref, p) -> {
              asked.add(ref);
              return Optional.of(
                  new Photo(
                      Path.of(ref.src()),
                      "media/" + ref.src(),
                      800,
                      600,
                      ref.alt() == null ? "sidecar alt" : ref.alt(),
                      ref.caption(),
                      ref.credit()));
            },
            problems)
        .html();
  }

  @Test
  void anImageBecomesAFigureWithCaptionAndCreditFromTheAttributes() {
    String html =
        render(
            "Text before.\n\n![Troops & tanks](images/troops.jpg \"Troops near Kursk\"){credit=\"Jane Doe / AFP\"}\n\nAfter.\n",
            "en");
    Document doc = Jsoup.parseBodyFragment(html);
    Element figure = doc.selectFirst("figure");
    assertThat(figure.parent()).isEqualTo(doc.body());
    assertThat(figure.selectFirst("img").attr("src")).isEqualTo("/base/media/images/troops.jpg");
    assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Troops & tanks");
    assertThat(figure.selectFirst("img").attr("width")).isEqualTo("800");
    assertThat(figure.selectFirst("figcaption .caption").text()).isEqualTo("Troops near Kursk");
    assertThat(figure.selectFirst("figcaption .credit").text()).isEqualTo("Jane Doe / AFP");
    assertThat(doc.select("p")).hasSize(2);
    assertThat(asked)
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.line()).isEqualTo(12);
              assertThat(ref.column()).isEqualTo(1);
            });
    assertThat(problems.sorted()).isEmpty();
  }

  @Test
  void anImageInsideTextGoesAfterItsParagraph() {
    String html = render("Before ![a](x.jpg){credit=\"c\"} after.\n", "en");
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.body().children()).extracting(Element::tagName).containsExactly("p", "figure");
    assertThat(doc.selectFirst("p").text()).isEqualTo("Before after.");
  }

  @Test
  void anImageWithoutTextFromTheBriefingIsLookedUpWithNulls() {
    render("![](images/a%20b.jpg)\n", "en");
    assertThat(asked)
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.src()).isEqualTo("images/a b.jpg");
              assertThat(ref.alt()).isNull();
              assertThat(ref.caption()).isNull();
              assertThat(ref.credit()).isNull();
            });
  }

  @Test
  void tablesAndTypography() {
    String en = render("| a | b |\n|---|--:|\n| 1 | 2 |\n\n\"Quoted\" -- it's...\n", "en");
    assertThat(Jsoup.parseBodyFragment(en).select("table td")).hasSize(2);
    assertThat(en).contains("&ldquo;Quoted&rdquo;").contains("&rsquo;").contains("&hellip;");
    String fr = render("Il a dit \"oui\" aujourd'hui.\n", "fr");
    assertThat(Jsoup.parseBodyFragment(fr).text())
        .isEqualTo("Il a dit «\u202Foui\u202F» aujourd’hui.");
  }

  @Test
  void rootRelativeLinksGetTheBasePath() {
    String html =
        render("[a](/2024/11/x/) [b](https://example.org/) [c](#here) [d](other/)\n", "en");
    assertThat(Jsoup.parseBodyFragment(html).select("a").eachAttr("href"))
        .containsExactly("/base/2024/11/x/", "https://example.org/", "#here", "other/");
  }

  @Test
  void rawHtmlIsCleanedWithAWarningAtItsLine() {
    String html =
        render(
            """
            Safe <em>text</em>.

            <script>alert(1)</script>

            <p onclick="x()">p</p>

            [x](JavaScript:alert(1))
            """,
            "en");
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("script, [onclick]")).isEmpty();
    assertThat(doc.select("em").text()).isEqualTo("text");
    assertThat(doc.select("a").eachAttr("href"))
        .allSatisfy(h -> assertThat(h).doesNotContainIgnoringCase("javascript"));
    assertThat(problems.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "content/x.md:12:1: warning: raw HTML <script> removed: only safe HTML (text formatting, links, "
                + "tables, figures) is kept",
            "content/x.md:14:1: warning: raw HTML attribute onclick on <p> removed: only safe HTML (text "
                + "formatting, links, tables, figures) is kept",
            "content/x.md:16:1: warning: unsafe link 'JavaScript:alert(1)' removed: use http, https, mailto or a path");
  }

  @Test
  void templateSyntaxInTheBodyIsJustText() {
    String html = render("Price ${7*7} and {{ .Title }} <#if x>.\n", "en");
    assertThat(Jsoup.parseBodyFragment(html).text())
        .isEqualTo("Price ${7*7} and {{ .Title }} <#if x>.");
  }
}
