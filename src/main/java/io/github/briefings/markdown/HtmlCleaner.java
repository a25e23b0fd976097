package io.github.briefings.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML with a safelist: Jsoup's relaxed list plus {@code figure} and {@code figcaption} and
 * the attributes the renderer itself writes. Scripts, event handlers and {@code javascript:} URLs
 * go.
 */
final class HtmlCleaner {

  private static final Safelist SAFELIST = safelist();

  private HtmlCleaner() {}

  static Safelist safelist() {
    return Safelist.relaxed()
        .addTags("figure", "figcaption", "abbr", "mark", "s", "del", "ins", "time", "hr")
        .addAttributes("figure", "class")
        .addAttributes("span", "class")
        .addAttributes("img", "width", "height", "loading", "decoding", "srcset", "sizes")
        .addAttributes("table", "class")
        .addAttributes("th", "align")
        .addAttributes("td", "align")
        .addAttributes("abbr", "title")
        .addAttributes("time", "datetime")
        .addAttributes("a", "rel", "hreflang")
        .addProtocols("a", "href", "tel")
        .preserveRelativeLinks(true);
  }

  /**
   * {@code html} itself when every element, attribute and URL in it is on the safelist (and it has
   * no comment), else its {@linkplain #clean cleaned} copy: what is already safe keeps its bytes.
   */
  static String safe(String html, String baseUrl) {
    Document parsed = Jsoup.parseBodyFragment(html, baseUrl);
    return new Cleaner(SAFELIST).isValid(parsed) ? html : clean(html, baseUrl);
  }

  /**
   * The cleaned HTML of a body; relative links are kept, resolved against {@code baseUrl} only to
   * check them.
   */
  static String clean(String html, String baseUrl) {
    Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html, baseUrl, SAFELIST, out);
  }

  /** Whether a raw HTML fragment holds an image (as a browser would parse it). */
  static boolean hasImage(String fragment) {
    return fragment.toLowerCase(Locale.ROOT).contains("<img")
        && !Jsoup.parseBodyFragment(fragment).select("img").isEmpty();
  }

  /**
   * What the cleaner would remove from a raw HTML fragment, described for a warning (e.g. {@code
   * <script>}).
   */
  static List<String> unsafeParts(String fragment) {
    Safelist safelist = SAFELIST;
    List<String> found = new ArrayList<>();
    Document doc = Jsoup.parseBodyFragment(fragment, "https://example.invalid/");
    for (Element el : doc.body().getAllElements()) {
      if (el.equals(doc.body())) { // jsoup compares elements by identity
        continue;
      }
      String tag = el.normalName();
      if (!safelist.isSafeTag(tag)) {
        found.add("<" + tag + ">");
        continue;
      }
      for (Attribute attribute : el.attributes()) {
        if (!safelist.isSafeAttribute(tag, el, attribute)) {
          found.add("attribute " + attribute.getKey() + " on <" + tag + ">");
        }
      }
    }
    return found;
  }
}
