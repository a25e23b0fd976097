package io.github.briefings.output;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287), written with StAX so that every string is escaped by the XML writer.
 *
 * @param url the feed's own absolute URL (its id and {@code rel="self"})
 * @param pageUrl the absolute URL of the page it follows ({@code rel="alternate"})
 * @param title the feed's title
 * @param lang its language ({@code xml:lang})
 * @param updated when it last changed
 * @param entries newest first
 */
public record AtomFeed(
    String url,
    String pageUrl,
    String title,
    String lang,
    ZonedDateTime updated,
    List<FeedEntry> entries) {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  public AtomFeed {
    entries = List.copyOf(entries);
  }

  /** Writes the feed to {@code file}. */
  public void write(Path file) {
    XmlDocument.write(
        file,
        xml -> {
          xml.writeStartElement("feed");
          xml.writeDefaultNamespace(ATOM);
          xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
          xml.writeCharacters("\n");
          element(xml, "id", url);
          element(xml, "title", title);
          element(xml, "updated", RFC3339.format(updated));
          link(xml, "self", url, "application/atom+xml");
          link(xml, "alternate", pageUrl, "text/html");
          element(xml, "generator", "Briefings");
          for (FeedEntry e : entries) {
            entry(xml, e);
          }
          xml.writeEndElement();
        });
  }

  private static void entry(XMLStreamWriter xml, FeedEntry e) throws XMLStreamException {
    xml.writeStartElement("entry");
    if (!e.lang().isEmpty()) {
      xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", e.lang());
    }
    xml.writeCharacters("\n");
    element(xml, "id", e.url());
    element(xml, "title", e.title());
    link(xml, "alternate", e.url(), "text/html");
    element(xml, "published", RFC3339.format(e.published()));
    element(xml, "updated", RFC3339.format(e.updated()));
    for (String name : e.authors()) {
      xml.writeStartElement("author");
      element(xml, "name", name);
      xml.writeEndElement();
      xml.writeCharacters("\n");
    }
    for (FeedEntry.Category c : e.categories()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", c.term());
      xml.writeAttribute("scheme", c.scheme());
      xml.writeAttribute("label", c.label());
      xml.writeCharacters("\n");
    }
    xml.writeStartElement("summary");
    xml.writeAttribute("type", "text");
    xml.writeCharacters(e.summary());
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeStartElement("content");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(e.contentHtml());
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
    xml.writeCharacters("\n");
  }
}
