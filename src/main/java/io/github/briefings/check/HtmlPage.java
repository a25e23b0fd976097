package io.github.briefings.check;

import io.github.briefings.problems.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Reads one HTML page of the site: its anchors and every URL it uses, and what is wrong inside it
 * (no title, no {@code lang}, no {@code <h1>}, a duplicate {@code id}).
 */
final class HtmlPage {

  /** Elements and the attributes holding a URL (besides {@code srcset}, read entry by entry). */
  private static final Map<String, List<String>> URL_ATTRIBUTES =
      Map.ofEntries(
          Map.entry("a", List.of("href")),
          Map.entry("area", List.of("href")),
          Map.entry("link", List.of("href")),
          Map.entry("img", List.of("src")),
          Map.entry("source", List.of("src")),
          Map.entry("script", List.of("src")),
          Map.entry("iframe", List.of("src")),
          Map.entry("video", List.of("src", "poster")),
          Map.entry("audio", List.of("src")),
          Map.entry("track", List.of("src")),
          Map.entry("embed", List.of("src")),
          Map.entry("object", List.of("data")));

  /** {@code <meta>} whose {@code content} is a URL of the site, by their property or name. */
  private static final Set<String> URL_METAS = Set.of("og:image", "og:url", "twitter:image");

  private static final int SHOWN_VALUE = 120;

  private HtmlPage() {}

  /** Scans the page {@code path} (relative to the output folder) from its bytes. */
  static PageScan scan(String path, byte[] bytes) {
    Document doc = Jsoup.parse(decode(bytes), "", Parser.htmlParser().setTrackPosition(true));
    List<Problem> problems = new ArrayList<>();
    Set<String> anchors = new HashSet<>();
    List<Reference> references = new ArrayList<>();

    Map<String, Element> firstWithId = new HashMap<>();
    // one walk over the elements, in document order
    for (Element el : doc.getAllElements()) {
      String id = el.id();
      if (!id.isEmpty()) {
        Element first = firstWithId.putIfAbsent(id, el);
        if (first != null) {
          Range.Position at = start(el);
          problems.add(
              Problem.error(
                  path,
                  line(at),
                  column(at),
                  describe(el, "id")
                      + " repeats id=\""
                      + id
                      + "\" (first used "
                      + where(first)
                      + "): make each id unique on the page"));
        }
        anchors.add(id);
      }
      active(path, el, problems);
      String tag = el.normalName();
      if (tag.equals("a") && !el.attr("name").isEmpty()) {
        anchors.add(el.attr("name"));
      }
      references(path, el, tag, references, problems);
    }

    checkStructure(path, doc, problems);
    NewsMetadataCheck.check(path, doc, problems);
    return new PageScan(path, anchors, references, problems);
  }

  /**
   * The page's text: the site's pages are UTF-8 (a byte order mark is dropped); decoding here is
   * faster than Jsoup's charset sniffing, which parses the start of the page twice.
   */
  private static String decode(byte[] bytes) {
    int skip =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
  }

  /** The URLs {@code el} (named {@code tag}) refers to: links, sources, srcsets, some metas. */
  private static void references(
      String path, Element el, String tag, List<Reference> references, List<Problem> problems) {
    List<String> attributes = URL_ATTRIBUTES.get(tag);
    if (attributes != null) {
      for (String attribute : attributes) {
        if (el.hasAttr(attribute)) {
          Range.Position at = start(el);
          references.add(
              new Reference(
                  path, line(at), column(at), describe(el, attribute), el.attr(attribute), null));
        }
      }
      if ((tag.equals("img") || tag.equals("source")) && el.hasAttr("srcset")) {
        srcset(path, el, references, problems);
      }
    } else if (tag.equals("meta")
        && el.hasAttr("content")
        && (URL_METAS.contains(el.attr("property")) || URL_METAS.contains(el.attr("name")))) {
      Range.Position at = start(el);
      references.add(
          new Reference(
              path, line(at), column(at), describe(el, "content"), el.attr("content"), null));
    }
  }

  private static void srcset(
      String path, Element el, List<Reference> references, List<Problem> problems) {
    Range.Position at = start(el);
    String element = describe(el, "srcset");
    List<Srcset.Candidate> candidates = Srcset.parse(el.attr("srcset"));
    if (candidates.isEmpty()) {
      problems.add(
          Problem.error(
              path,
              line(at),
              column(at),
              element
                  + " has no image in its srcset: list at least one, e.g. srcset=\"x.jpg 2x\""));
    }
    for (Srcset.Candidate c : candidates) {
      String what = "srcset entry '" + c.text() + "'";
      if (!c.validDescriptor()) {
        problems.add(
            Problem.error(
                path,
                line(at),
                column(at),
                element
                    + " has "
                    + what
                    + " whose descriptor '"
                    + c.descriptor()
                    + "' is neither a width (480w) nor a density (2x): fix the srcset"));
      }
      references.add(new Reference(path, line(at), column(at), element, c.url(), what));
    }
  }

  /** A page needs a title, a language and a main heading; a text file named .html is left alone. */
  private static void checkStructure(String path, Document doc, List<Problem> problems) {
    Element html = doc.selectFirst("html");
    boolean hasMarkup =
        written(html)
            || written(doc.head())
            || written(doc.body())
            || !doc.body().children().isEmpty()
            || !doc.head().children().isEmpty();
    if (!hasMarkup) {
      return;
    }
    Range.Position htmlAt = html != null && html.sourceRange().isTracked() ? start(html) : null;
    if (doc.title().isBlank()) {
      Element head = doc.head();
      Range.Position at = head.sourceRange().isTracked() ? start(head) : htmlAt;
      problems.add(
          Problem.error(
              path,
              line(at),
              column(at),
              "page has no <title>: give every page a non-empty <title> in its <head>"));
    }
    if (html == null || html.attr("lang").isBlank()) {
      problems.add(
          Problem.error(
              path,
              line(htmlAt),
              column(htmlAt),
              "<html> has no lang attribute: say the page's language, e.g. <html lang=\"fr\">"));
    }
    if (doc.selectFirst("h1") == null) {
      Element body = doc.body();
      Range.Position at = body.sourceRange().isTracked() ? start(body) : htmlAt;
      problems.add(
          Problem.error(
              path, line(at), column(at), "page has no <h1>: give every page a main heading"));
    }
  }

  /** Reports what in {@code el} would run code in a reader's browser. */
  static void active(String path, Element el, List<Problem> problems) {
    for (String what : ActiveContent.find(el)) {
      Range.Position at = el.sourceRange().isTracked() ? start(el) : null;
      problems.add(Problem.error(path, line(at), column(at), what));
    }
  }

  /** Whether the element's tag is in the source (not made up by the parser). */
  private static boolean written(Element el) {
    return el != null && el.sourceRange().isTracked() && !el.sourceRange().isImplicit();
  }

  /** {@code <a href="/x/">}: the element with the one attribute a problem is about. */
  static String describe(Element el, String attribute) {
    String value = el.attr(attribute);
    if (value.length() > SHOWN_VALUE) {
      value = value.substring(0, SHOWN_VALUE) + "…";
    }
    return "<" + el.normalName() + " " + attribute + "=\"" + value.replace("\"", "&quot;") + "\">";
  }

  private static String where(Element el) {
    Range.Position at = start(el);
    return at.lineNumber() > 0 ? "at " + at.lineNumber() + ":" + at.columnNumber() : "earlier";
  }

  private static Range.Position start(Element el) {
    return el.sourceRange().start();
  }

  private static int line(Range.Position at) {
    return at == null || at.lineNumber() < 0 ? 0 : at.lineNumber();
  }

  private static int column(Range.Position at) {
    return at == null || at.columnNumber() < 0 ? 0 : at.columnNumber();
  }
}
