package io.github.briefings.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What would run code in a reader's browser: an event handler attribute ({@code onclick}, …), a
 * {@code javascript:} (or {@code vbscript:}) URL, or an inline {@code <script>}. The theme writes
 * none (its inline scripts are JSON-LD data; its script files are its own), briefings cannot, so
 * any of them in a built page or feed comes from a template or a route the checks missed.
 */
final class ActiveContent {

  /** Script types that hold data, not code. */
  private static final Set<String> DATA_TYPES =
      Set.of("application/ld+json", "application/json", "text/plain");

  private ActiveContent() {}

  /** What {@code el} holds that runs code, each as a sentence with what to do; empty when none. */
  static List<String> find(Element el) {
    List<String> found = new ArrayList<>();
    for (Attribute a : el.attributes()) {
      String key = a.getKey().toLowerCase(Locale.ROOT);
      if (key.startsWith("on")) {
        found.add(
            HtmlPage.describe(el, a.getKey())
                + " is an event handler, which runs script: remove it from the template or"
                + " briefing that writes it");
      } else if (isScriptUrl(a.getValue())) {
        found.add(
            HtmlPage.describe(el, a.getKey())
                + " is a script URL: link to a page or file instead (http, https, mailto or a path)");
      }
    }
    if (el.normalName().equals("script") && !el.hasAttr("src") && !isData(el.attr("type"))) {
      found.add(
          "<script> runs inline code: remove it, or move the code to a file under site/static and"
              + " load it with <script src>");
    }
    return found;
  }

  /** Whether a URL, as a browser reads it (leading spaces and controls, tabs and newlines out). */
  static boolean isScriptUrl(String value) {
    StringBuilder scheme = new StringBuilder();
    for (int i = 0; i < value.length() && scheme.length() < 12; i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || (scheme.length() == 0 && c <= ' ')) {
        continue;
      }
      scheme.append(Character.toLowerCase(c));
    }
    String s = scheme.toString();
    return s.startsWith("javascript:") || s.startsWith("vbscript:");
  }

  private static boolean isData(String type) {
    return DATA_TYPES.contains(type.strip().toLowerCase(Locale.ROOT));
  }
}
