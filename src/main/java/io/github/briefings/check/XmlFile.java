package io.github.briefings.check;

import io.github.briefings.problems.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one XML file of the site (a feed, a sitemap) with the JDK's parser, external entities and
 * DTDs off: whether it is well-formed, and the URLs of its {@code <loc>} and {@code <link href>}.
 */
final class XmlFile {

  private XmlFile() {}

  /** Scans the XML file {@code path} (relative to the output folder) from its bytes. */
  static PageScan scan(String path, byte[] bytes) {
    List<Reference> references = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Handler handler = new Handler(path, references, problems);
    try {
      SAXParser parser = factory().newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      InputSource source = new InputSource(new ByteArrayInputStream(bytes));
      source.setSystemId(path);
      parser.parse(source, handler);
    } catch (SAXParseException e) {
      return new PageScan(
          path,
          Set.of(),
          List.of(),
          List.of(
              Problem.error(
                  path,
                  Math.max(0, e.getLineNumber()),
                  Math.max(0, e.getColumnNumber()),
                  "not well-formed XML ("
                      + sentence(e.getMessage())
                      + "): fix the file (or the template that writes it)")));
    } catch (SAXException | IOException e) {
      return new PageScan(
          path,
          Set.of(),
          List.of(),
          List.of(Problem.error(path, 0, 0, "cannot read as XML: " + e.getMessage())));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be set up safely", e);
    }
    return new PageScan(path, Set.of(), references, problems);
  }

  /** The parser's message without its final period. */
  private static String sentence(String message) {
    String m = message == null ? "unreadable" : message.strip();
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory;
  }

  /**
   * Collects {@code <loc>} texts and {@code <link href>} values with their lines, and checks the
   * HTML a feed carries ({@code type="html"}) for what would run code.
   */
  private static final class Handler extends DefaultHandler {

    private final String path;
    private final List<Reference> references;
    private final List<Problem> problems;
    private Locator locator;
    private StringBuilder loc;
    private int locLine;
    private int locColumn;
    private StringBuilder html;
    private int htmlLine;
    private int htmlColumn;

    Handler(String path, List<Reference> references, List<Problem> problems) {
      this.path = path;
      this.references = references;
      this.problems = problems;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if ("html".equals(attributes.getValue("type"))) {
        html = new StringBuilder();
        htmlLine = locator == null ? 0 : locator.getLineNumber();
        htmlColumn = locator == null ? 0 : locator.getColumnNumber();
      }
      if (localName.equals("loc")) {
        loc = new StringBuilder();
        locLine = locator == null ? 0 : locator.getLineNumber();
        locColumn = locator == null ? 0 : locator.getColumnNumber();
      } else if (localName.equals("link") && attributes.getValue("href") != null) {
        String href = attributes.getValue("href");
        references.add(
            new Reference(
                path,
                locator == null ? 0 : locator.getLineNumber(),
                locator == null ? 0 : locator.getColumnNumber(),
                "<" + qName + " href=\"" + href + "\">",
                href,
                null));
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (loc != null) {
        loc.append(ch, start, length);
      }
      if (html != null) {
        html.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (html != null) {
        for (Element el : Jsoup.parseBodyFragment(html.toString()).body().getAllElements()) {
          for (String what : ActiveContent.find(el)) {
            problems.add(
                Problem.error(
                    path, htmlLine, htmlColumn, "<" + qName + "> holds HTML where " + what));
          }
        }
        html = null;
      }
      if (localName.equals("loc") && loc != null) {
        String url = loc.toString().strip();
        references.add(
            new Reference(
                path, locLine, locColumn, "<" + qName + ">" + url + "</" + qName + ">", url, null));
        loc = null;
      }
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      // never load anything from outside the file
      return new InputSource(new StringReader(""));
    }
  }
}
