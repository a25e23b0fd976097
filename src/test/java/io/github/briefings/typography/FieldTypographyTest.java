package io.github.briefings.typography;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildResult;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field a page, its JSON-LD, its feed entry and the news site map show has the typography of
 * the body.
 */
class FieldTypographyTest {

  private static final String N = "\u202F";
  private static final String NB = "\u00A0";

  @TempDir Path tmp;

  /**
   * A briefing whose body repeats its summary, caption and credit, and shows its photo inline too.
   */
  private static String briefing(
      String lang,
      String title,
      String summary,
      String caption,
      String credit,
      String creditAttribute) {
    return """
                ---
                title: "%s"
                summary: "%s"
                date: 2024-11-30T10:00:00+01:00
                author: Jean Dupont
                lang: %s
                countries: [CL]
                topics: [diplomacy]
                photo: { src: images/lead.jpg, alt: "Alt 'as' written", caption: "%s", credit: "%s" }
                ---
                %s

                %s

                %s

                ![Alt](images/lead.jpg (%s)){credit=%s}
                """
        .formatted(
            yaml(title),
            yaml(summary),
            lang,
            yaml(caption),
            yaml(credit),
            summary,
            caption,
            credit,
            caption,
            creditAttribute);
  }

  private static String yaml(String text) {
    return text.replace("\"", "\\\"");
  }

  private TestProject project() {
    TestProject p = new TestProject(tmp);
    p.image("content/images/lead.jpg", 40, 30);
    p.write(
        "content/en.md",
        briefing(
            "en",
            "Chile's \"vote\"",
            "The world's \"largest\" vote -- and 'more'...",
            "Chile's \"new\" charter, in 'Santiago' -- 2024",
            "Reuters' pool -- Jane O'Neil...",
            "\"Reuters' pool -- Jane O'Neil...\""));
    p.write(
        "content/fr.md",
        briefing(
            "fr",
            "Le \"vote\" de l'année",
            "Le point : l'accord \"historique\" -- enfin ?",
            "Vue de Riyad ; قمة الرياض: السعودية",
            "Photo : \"Agence\" -- Europe",
            "'Photo : \"Agence\" -- Europe'"));
    BuildResult result = Briefings.build(p.options());
    assertThat(result.succeeded()).as(result.problems().toString()).isTrue();
    return p;
  }

  @Test
  void summaryCaptionAndCreditLookLikeTheBodyOnThePageInItsJsonLdAndInTheFeed() throws Exception {
    TestProject p = project();
    check(p, "en/2024/11/en/index.html", "en/feed.xml");
    check(p, "2024/11/fr/index.html", "feed.xml");

    Document en = Jsoup.parse(p.read("en/2024/11/en/index.html"));
    assertThat(en.selectFirst(".standfirst").wholeText())
        .isEqualTo("The world\u2019s \u201Clargest\u201D vote \u2013 and \u2018more\u2019\u2026");
    assertThat(en.selectFirst(".figure--lead .caption").wholeText())
        .isEqualTo("Chile\u2019s \u201Cnew\u201D charter, in \u2018Santiago\u2019 \u2013 2024");
    assertThat(en.selectFirst(".figure--lead .credit").wholeText())
        .isEqualTo("Reuters\u2019 pool \u2013 Jane O\u2019Neil\u2026");
    assertThat(en.selectFirst(".figure--lead img").attr("alt")).isEqualTo("Alt 'as' written");

    Document fr = Jsoup.parse(p.read("2024/11/fr/index.html"));
    assertThat(fr.selectFirst("h1").wholeText())
        .isEqualTo("Le «" + N + "vote" + N + "» de l\u2019année");
    assertThat(fr.selectFirst(".standfirst").wholeText())
        .isEqualTo(
            "Le point"
                + NB
                + ": l\u2019accord «"
                + N
                + "historique"
                + N
                + "» \u2013 enfin"
                + N
                + "?");
    // the Arabic title inside the French caption is published exactly as written
    assertThat(fr.selectFirst(".figure--lead .caption").wholeText())
        .isEqualTo("Vue de Riyad" + N + "; قمة الرياض: السعودية");
    assertThat(fr.selectFirst(".figure--lead .credit").wholeText())
        .isEqualTo("Photo" + NB + ": «" + N + "Agence" + N + "» \u2013 Europe");
  }

  private static void check(TestProject p, String pagePath, String feedPath) throws Exception {
    Document page = Jsoup.parse(p.read(pagePath));
    List<String> body =
        page.select(".briefing__body > p").stream().map(Element::wholeText).toList();
    assertThat(body).as(pagePath).hasSize(3);
    String summary = body.get(0);
    String caption = body.get(1);
    String credit = body.get(2);
    String title = page.selectFirst("h1").wholeText();

    assertThat(page.selectFirst(".standfirst").wholeText()).as(pagePath).isEqualTo(summary);
    for (Element figure : page.select(".figure--lead, .briefing__body figure")) {
      assertThat(figure.selectFirst(".caption").wholeText()).as(pagePath).isEqualTo(caption);
      assertThat(figure.selectFirst(".credit").wholeText()).as(pagePath).isEqualTo(credit);
    }
    assertThat(page.select(".briefing__body figure")).hasSize(1);

    JsonNode ld =
        new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
    assertThat(ld.path("headline").asText()).isEqualTo(title);
    assertThat(ld.path("description").asText()).isEqualTo(summary);
    assertThat(ld.path("image").path("caption").asText()).isEqualTo(caption);
    assertThat(ld.path("image").path("creditText").asText()).isEqualTo(credit);

    Document feed = Jsoup.parse(p.read(feedPath), "", Parser.xmlParser());
    Element entry = feed.selectFirst("entry");
    assertThat(entry.selectFirst("title").wholeText()).as(feedPath).isEqualTo(title);
    assertThat(entry.selectFirst("summary").wholeText()).as(feedPath).isEqualTo(summary);
    Document content = Jsoup.parseBodyFragment(entry.selectFirst("content").wholeText());
    assertThat(content.select("body > p").stream().map(Element::wholeText).toList())
        .isEqualTo(body);
    assertThat(content.selectFirst("figure .caption").wholeText()).as(feedPath).isEqualTo(caption);
    assertThat(content.selectFirst("figure .credit").wholeText()).as(feedPath).isEqualTo(credit);

    Document news = Jsoup.parse(p.read("news-sitemap.xml"), "", Parser.xmlParser());
    assertThat(news.select("news|title").eachText()).contains(title);
  }
}
