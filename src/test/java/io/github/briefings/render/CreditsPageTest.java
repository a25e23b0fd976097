package io.github.briefings.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.Briefings;
import io.github.briefings.TestProject;
import io.github.briefings.build.BuildResult;
import io.github.briefings.photos.JpegMetadata;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreditsPageTest {

  @TempDir java.nio.file.Path tmp;

  /** A French briefing about the port of Nampo with {@code body} under its front matter. */
  private static String portBriefing(String body) {
    return """
                ---
                title: "Le port de Nampo"
                summary: "Un port."
                date: 2024-11-05T10:00:00+01:00
                author: Jean Dupont
                countries: [KP]
                topics: [defence]
                ---
                """
        + body;
  }

  @Test
  void listsEveryPhotoOfTheLanguageWithCaptionCreditAndBriefings() {
    TestProject p =
        new TestProject(tmp)
            .briefing("content/2024/a.md", "Premier briefing", "2024-11-06T18:00:00+01:00", "")
            .briefing("content/2024/b.md", "Second briefing", "2024-11-07T18:00:00+01:00", "")
            .briefing("content/2024/en.md", "English briefing", "2024-11-08", "lang: en\n")
            .image("content/images/port.jpg", 64, 48)
            .write(
                "content/2024/c.md",
                portBriefing(
                    """
                        Texte.

                        ![Des grues sur un quai](images/port.jpg)
                        """));
    new JpegMetadata()
        .iptc(
            StandardCharsets.UTF_8,
            true,
            "120",
            "Le port de Nampo, en février.",
            "80",
            "Kim Min-jun",
            "116",
            "© Agence")
        .writeInto(tmp.resolve("content/images/port.jpg"));
    BuildResult result = Briefings.build(p.options());
    assertThat(result.problems()).isEmpty();

    Document fr = Jsoup.parse(p.read("credits/index.html"));
    assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(fr.selectFirst("h1").text()).isEqualTo("Crédits photo");
    Elements items = fr.select(".credit-list__item");
    assertThat(items).hasSize(2);
    // the shared lead photo once, with both briefings, newest first
    Element lead = items.get(0);
    Element thumb = lead.selectFirst("img");
    assertThat(thumb.attr("src")).matches("/briefings/media/images/lead\\.40\\.[0-9a-f]{10}\\.jpg");
    assertThat(thumb.attr("loading")).isEqualTo("lazy");
    // the thumbnail offers every copy, so the browser takes the narrowest that fills its 10rem
    // column
    assertThat(thumb.attr("srcset"))
        .matches("/briefings/media/images/lead\\.40\\.[0-9a-f]{10}\\.jpg 40w");
    assertThat(thumb.attr("sizes")).isEqualTo("10rem");
    assertThat(thumb.attr("width")).isEqualTo("40");
    assertThat(thumb.attr("height")).isEqualTo("30");
    assertThat(thumb.attr("alt")).isEqualTo("A grey building");
    assertThat(lead.selectFirst(".credit-list__caption").text())
        .isEqualTo("The building, in November.");
    assertThat(lead.selectFirst(".credit").text()).isEqualTo("Illustration : Briefings");
    assertThat(lead.select("a").eachText()).containsExactly("Second briefing", "Premier briefing");
    assertThat(lead.select("a").eachAttr("href"))
        .containsExactly("/briefings/2024/11/b/", "/briefings/2024/11/a/");
    // the inline photo, its caption and credit from its embedded IPTC
    Element inline = items.get(1);
    assertThat(inline.selectFirst("img").attr("src"))
        .matches("/briefings/media/images/port\\.64\\.[0-9a-f]{10}\\.jpg");
    assertThat(inline.selectFirst("img").attr("width")).isEqualTo("64");
    assertThat(inline.selectFirst(".credit-list__caption").text())
        .isEqualTo("Le port de Nampo, en février.");
    assertThat(inline.selectFirst(".credit").text()).isEqualTo("Kim Min-jun");
    assertThat(inline.text()).contains("© Agence").doesNotContain("Photographe");
    assertThat(inline.select("a").eachText()).containsExactly("Le port de Nampo");

    Document en = Jsoup.parse(p.read("en/credits/index.html"));
    assertThat(en.selectFirst("h1").text()).isEqualTo("Photo credits");
    assertThat(en.select(".credit-list__item")).hasSize(1);
    assertThat(en.select(".credit-list__item a").eachText()).containsExactly("English briefing");

    Document home = Jsoup.parse(p.read("index.html"));
    assertThat(home.select("footer a[href=/briefings/credits/]").eachText())
        .containsExactly("Crédits photo");
    Document enHome = Jsoup.parse(p.read("en/index.html"));
    assertThat(enHome.select("footer a[href=/briefings/en/credits/]").eachText())
        .containsExactly("Photo credits");
    assertThat(fr.select("footer a[aria-current=page]").eachText())
        .containsExactly("Crédits photo");
    assertThat(p.read("sitemap.xml")).contains("/credits/");
  }

  @Test
  void aLanguageWithoutPhotosSaysSo() {
    TestProject p = new TestProject(tmp).briefing("content/2024/a.md", "Premier", "2024-11-06", "");
    assertThat(Briefings.build(p.options()).problems()).isEmpty();
    Document en = Jsoup.parse(p.read("en/credits/index.html"));
    assertThat(en.select(".credit-list__item")).isEmpty();
    assertThat(en.selectFirst(".listing__empty").text()).isEqualTo("No photos published yet.");
  }

  @Test
  void manyPhotosArePagedLikeAnyListing() {
    StringBuilder body = new StringBuilder("Texte.\n");
    int photos = PageModels.CREDITS_PAGE_SIZE + 1;
    for (int i = 1; i <= photos; i++) {
      body.append("\n![Un quai](images/port.jpg \"Vue ")
          .append(i)
          .append("\"){credit=\"Agence\"}\n");
    }
    TestProject p =
        new TestProject(tmp)
            .image("content/images/port.jpg", 64, 48)
            .write("content/2024/c.md", portBriefing(body.toString()));
    BuildResult result = Briefings.build(p.options());
    assertThat(result.problems()).isEmpty();

    Document first = Jsoup.parse(p.read("credits/index.html"));
    assertThat(first.select(".credit-list__item")).hasSize(PageModels.CREDITS_PAGE_SIZE);
    assertThat(first.selectFirst(".credit-list__caption").text()).isEqualTo("Vue 1");
    assertThat(first.select("nav.pagination a[rel=next]").attr("href"))
        .isEqualTo("/briefings/credits/page/2/");
    Document second = Jsoup.parse(p.read("credits/page/2/index.html"));
    assertThat(second.select(".credit-list__item")).hasSize(1);
    assertThat(second.selectFirst(".credit-list__caption").text()).isEqualTo("Vue " + photos);
    assertThat(second.selectFirst("h1").text()).isEqualTo("Crédits photo — Page 2");
    assertThat(second.select("nav.pagination a[rel=prev]").attr("href"))
        .isEqualTo("/briefings/credits/");
    assertThat(p.read("sitemap.xml")).contains("/briefings/credits/page/2/");
  }
}
