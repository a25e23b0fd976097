package io.github.briefings.typography;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * French spacing on the text nodes of an HTML fragment, outside {@code code}, {@code pre} and the
 * like; attributes are left as written. A mark next to an element's edge is decided with the
 * neighbouring text nodes in view ({@code <em>قمة</em> :} is Arabic before the colon).
 */
final class FrenchHtml {

  private static final Set<String> VERBATIM =
      Set.of("code", "pre", "kbd", "samp", "script", "style", "var");

  /** How many text nodes either side are read to decide a mark at a node's edge. */
  private static final int CONTEXT = 3;

  private FrenchHtml() {}

  static String spaced(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
    List<TextNode> nodes = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t && !verbatim(t)) {
            nodes.add(t);
          }
        },
        doc.body());
    List<String> texts = nodes.stream().map(TextNode::getWholeText).toList();
    for (int k = 0; k < nodes.size(); k++) {
      String own = texts.get(k);
      if (!FrenchTypography.hasMarks(own)) {
        continue;
      }
      String before = String.join("", texts.subList(Math.max(0, k - CONTEXT), k));
      String after = String.join("", texts.subList(k + 1, Math.min(texts.size(), k + 1 + CONTEXT)));
      int from = before.length();
      String spaced = FrenchTypography.text(before + own + after, from, from + own.length());
      if (!spaced.equals(own)) {
        nodes.get(k).text(spaced);
      }
    }
    return doc.body().html();
  }

  private static boolean verbatim(TextNode t) {
    for (Element e = t.parent(); e != null; e = e.parent()) {
      if (VERBATIM.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }
}
