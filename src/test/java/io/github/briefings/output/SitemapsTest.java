package io.github.briefings.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SitemapsTest {

  @TempDir Path tmp;

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void upToTheLimitOneFileBeyondItAnIndexOfParts() throws Exception {
    Sitemaps sitemaps = new Sitemaps(tmp, "https://x.org/b/");
    ZonedDateTime when = ZonedDateTime.of(2024, 11, 6, 18, 0, 0, 0, ZoneId.of("Europe/Paris"));
    List<Sitemaps.NewsItem> items = new ArrayList<>();
    for (int i = 0; i < Sitemaps.NEWS_PER_FILE; i++) {
      items.add(new Sitemaps.NewsItem("https://x.org/b/" + i + "/", "T <" + i + ">", "fr", when));
    }
    assertThat(sitemaps.writeNews(items, "Pub & Co")).containsExactly("news-sitemap.xml");
    Document one = parse(tmp.resolve("news-sitemap.xml"));
    assertThat(one.getElementsByTagNameNS(Sitemaps.SITEMAP, "url").getLength()).isEqualTo(1000);
    assertThat(one.getElementsByTagNameNS(Sitemaps.NEWS, "name").item(0).getTextContent())
        .isEqualTo("Pub & Co");
    assertThat(
            one.getElementsByTagNameNS(Sitemaps.NEWS, "publication_date").item(0).getTextContent())
        .isEqualTo("2024-11-06T18:00:00+01:00");

    items.add(new Sitemaps.NewsItem("https://x.org/b/last/", "Last", "en", when));
    assertThat(sitemaps.writeNews(items, "Pub"))
        .containsExactly("news-sitemap.xml", "news-sitemap-1.xml", "news-sitemap-2.xml");
    Document index = parse(tmp.resolve("news-sitemap.xml"));
    assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
    assertThat(index.getElementsByTagNameNS(Sitemaps.SITEMAP, "loc").item(1).getTextContent())
        .isEqualTo("https://x.org/b/news-sitemap-2.xml");
    assertThat(
            parse(tmp.resolve("news-sitemap-2.xml"))
                .getElementsByTagNameNS(Sitemaps.SITEMAP, "url")
                .getLength())
        .isEqualTo(1);
    assertThat(Files.readString(tmp.resolve("news-sitemap-1.xml")))
        .contains("<news:title>T &lt;0&gt;</news:title>");
  }

  @Test
  void robotsNamesBothSiteMaps() {
    assertThat(new Sitemaps(tmp, "https://x.org/b/").robotsTxt())
        .isEqualTo(
            """
            User-agent: *
            Allow: /

            Sitemap: https://x.org/b/sitemap.xml
            Sitemap: https://x.org/b/news-sitemap.xml
            """);
  }
}
