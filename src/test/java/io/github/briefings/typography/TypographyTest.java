package io.github.briefings.typography;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.markdown.MarkdownRenderer;
import io.github.briefings.problems.Problems;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TypographyTest {

  private static final String N = "\u202F";

  /**
   * Texts a field and a body may both hold: the field must come out as the body's paragraph does.
   */
  private static final List<String> SAMPLES =
      List.of(
          "Chile's \"big\" day -- and 'more' --- done...",
          "the students' books, '90s rock, rock 'n' roll",
          "He said \"hi",
          "a 'b",
          "5' 10\" tall",
          "(\"x\")!",
          "x \"y\".",
          "\"'Nested' one\"",
          "'a \"b' c\"",
          "\"a\"b\"",
          "foo\"bar\" baz",
          "it's 'quoted'.",
          "\"x\"'s",
          "a----b, a-----b",
          "x.....y",
          ". . . .",
          "..",
          "<<a>> and <<b",
          "a >> b",
          "« \"x\" »",
          "Quoi ? \"Oui\" : l'accord !",
          "Il a dit \"قمة الرياض\" hier",
          "ג'ורג' בוש",
          "м'ясо",
          "\"Москва\" : саммит",
          "\u201Cdéjà\u201D");

  @Test
  void fieldsGetTheBodysTypographyInEnglishAndFrench() {
    MarkdownRenderer renderer = new MarkdownRenderer("https://example.org/", "/", lang -> "Photo");
    for (String lang : List.of("en", "fr")) {
      for (String sample : SAMPLES) {
        String html =
            renderer
                .render(
                    sample + "\n",
                    lang,
                    "content/x.md",
                    1,
                    (ref, p) -> Optional.empty(),
                    new Problems())
                .html();
        String body = Jsoup.parseBodyFragment(html).selectFirst("p").wholeText();
        assertThat(Typography.text(sample, lang)).as("%s in %s", sample, lang).isEqualTo(body);
      }
    }
  }

  @Test
  void smartQuotesApostrophesDashesAndEllipses() {
    assertThat(Typography.text("Chile's \"big\" day -- 'so' --- done...", "en"))
        .isEqualTo("Chile\u2019s \u201Cbig\u201D day \u2013 \u2018so\u2019 \u2014 done\u2026");
    assertThat(Typography.text("l'accord \"historique\"", "fr"))
        .isEqualTo("l\u2019accord «" + N + "historique" + N + "»");
    assertThat(Typography.text("the students' books, '90s", "en"))
        .isEqualTo("the students\u2019 books, \u201990s");
    assertThat(Typography.text("a \"lone quote", "en")).isEqualTo("a \"lone quote");
    assertThat(Typography.text("See https://example.org/it's--here and 'this'", "en"))
        .isEqualTo("See https://example.org/it's--here and \u2018this\u2019");
    assertThat(Typography.text(null, "en")).isNull();
    String once = Typography.text("Quoi ? \"Oui\" : l'accord -- enfin...", "fr");
    assertThat(Typography.text(once, "fr")).isEqualTo(once);
  }

  @Test
  void otherScriptsKeepTheirApostrophesAsWritten() {
    assertThat(Typography.text("ג'ורג' בוש", "en")).isEqualTo("ג'ורג' בוש");
    assertThat(Typography.text("м'ясо і п'ять", "fr")).isEqualTo("м'ясо і п'ять");
    assertThat(Typography.text("O'Brien and ג'ורג'", "en")).isEqualTo("O\u2019Brien and ג'ורג'");
  }

  @Test
  void bodyHtmlGetsApostrophesAndFrenchSpacingAcrossElements() {
    String mark = Typography.APOSTROPHE_MARK;
    assertThat(Typography.html("<p>it" + mark + "s ג" + mark + "ורג</p>", "en"))
        .isEqualTo("<p>it&rsquo;s ג'ורג</p>");
    assertThat(
            Typography.html("<p>Le sommet <em>قمة الرياض</em>: rien <em>ici</em>: non</p>", "fr"))
        .isEqualTo("<p>Le sommet <em>قمة الرياض</em>: rien <em>ici</em>&nbsp;: non</p>");
  }
}
