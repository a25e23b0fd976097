package io.github.briefings.output;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code sitemap.xml} (every page) and {@code news-sitemap.xml} (Google News: the last two
 * days' briefings), splitting into parts listed by a sitemap index past each format's limit.
 */
public final class Sitemaps {

  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

  /** URLs per sitemap file, as the protocol allows. */
  public static final int PAGES_PER_FILE = 50_000;

  /** URLs per news sitemap file, as Google News allows. */
  public static final int NEWS_PER_FILE = 1_000;

  private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /**
   * A page of the site map.
   *
   * @param url absolute URL
   * @param lastModified when it last changed, or null
   */
  public record Page(String url, ZonedDateTime lastModified) {}

  /**
   * A briefing of the news site map.
   *
   * @param url absolute URL
   * @param title headline
   * @param lang its language
   * @param published its publication time
   */
  public record NewsItem(String url, String title, String lang, ZonedDateTime published) {}

  private final Path root;
  private final String baseUrl;

  /**
   * @param root the output folder
   * @param baseUrl the site's absolute URL, ending in {@code /}
   */
  public Sitemaps(Path root, String baseUrl) {
    this.root = root;
    this.baseUrl = baseUrl;
  }

  /**
   * Writes {@code sitemap.xml} (and {@code sitemap-N.xml} parts when there are many pages); returns
   * files written.
   */
  public List<String> writePages(List<Page> pages) {
    return split(
        "sitemap",
        pages,
        PAGES_PER_FILE,
        (xml, part) -> {
          xml.writeStartElement("urlset");
          xml.writeDefaultNamespace(SITEMAP);
          xml.writeCharacters("\n");
          for (Page p : part) {
            xml.writeStartElement("url");
            element(xml, "loc", p.url());
            if (p.lastModified() != null) {
              element(xml, "lastmod", W3C.format(p.lastModified()));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
          }
          xml.writeEndElement();
        });
  }

  /** Writes {@code news-sitemap.xml} (and parts past 1,000 briefings); returns files written. */
  public List<String> writeNews(List<NewsItem> items, String publication) {
    return split(
        "news-sitemap",
        items,
        NEWS_PER_FILE,
        (xml, part) -> {
          xml.writeStartElement("urlset");
          xml.writeDefaultNamespace(SITEMAP);
          xml.writeNamespace("news", NEWS);
          xml.writeCharacters("\n");
          for (NewsItem item : part) {
            xml.writeStartElement("url");
            element(xml, "loc", item.url());
            xml.writeStartElement("news", "news", NEWS);
            xml.writeStartElement("news", "publication", NEWS);
            xml.writeStartElement("news", "name", NEWS);
            xml.writeCharacters(publication);
            xml.writeEndElement();
            xml.writeStartElement("news", "language", NEWS);
            xml.writeCharacters(item.lang());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("news", "publication_date", NEWS);
            xml.writeCharacters(W3C.format(item.published()));
            xml.writeEndElement();
            xml.writeStartElement("news", "title", NEWS);
            xml.writeCharacters(item.title());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
          }
          xml.writeEndElement();
        });
  }

  private interface Body<T> {
    void write(XMLStreamWriter xml, List<T> part) throws XMLStreamException;
  }

  private <T> List<String> split(String name, List<T> items, int perFile, Body<T> body) {
    List<String> written = new ArrayList<>();
    if (items.size() <= perFile) {
      write(name + ".xml", xml -> body.write(xml, items));
      written.add(name + ".xml");
      return written;
    }
    List<String> parts = new ArrayList<>();
    for (int from = 0, n = 1; from < items.size(); from += perFile, n++) {
      List<T> part = items.subList(from, Math.min(items.size(), from + perFile));
      String partName = name + "-" + n + ".xml";
      write(partName, xml -> body.write(xml, part));
      parts.add(partName);
    }
    write(
        name + ".xml",
        xml -> {
          xml.writeStartElement("sitemapindex");
          xml.writeDefaultNamespace(SITEMAP);
          xml.writeCharacters("\n");
          for (String part : parts) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", baseUrl + part);
            xml.writeEndElement();
            xml.writeCharacters("\n");
          }
          xml.writeEndElement();
        });
    written.add(name + ".xml");
    written.addAll(parts);
    return written;
  }

  private void write(String fileName, XmlDocument.Body body) {
    XmlDocument.write(root.resolve(fileName), body);
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** The text of {@code robots.txt}: everything allowed, both site maps named. */
  public String robotsTxt() {
    return "User-agent: *\nAllow: /\n\nSitemap: "
        + baseUrl
        + "sitemap.xml\nSitemap: "
        + baseUrl
        + "news-sitemap.xml\n";
  }
}
