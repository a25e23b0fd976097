package io.github.briefings.typography;

import java.util.ArrayList;
import java.util.List;

/**
 * Typographic quotes, apostrophes, dashes and ellipses in plain text, made as Flexmark's
 * typographic extension makes them in a body: {@code "…"} paired as “…” (« … » in French), {@code
 * '…'} as ‘…’, {@code <<…>>} as «…», any other {@code '} as ’ (left as written next to letters of
 * another script), {@code ---} as —, {@code --} as –, {@code ...} and {@code . . .} as …. A quote
 * opens before a word and closes after one (CommonMark's flanking rules); one that pairs with none
 * is left as written. URLs are left as written.
 */
final class SmartQuotes {

  /**
   * A quote mark of the text: where, which ({@code '}, {@code "}, or {@code <} for {@code <<} and
   * {@code >>}).
   */
  private record Quote(int at, char kind, boolean canOpen, boolean canClose) {
    int length() {
      return kind == '<' ? 2 : 1;
    }
  }

  private SmartQuotes() {}

  /** {@code text} with typographic quotes for {@code lang} (French gets « »). */
  static String apply(String text, String lang) {
    if (!hasMarks(text)) {
      return text;
    }
    int[] urls = Urls.ranges(text);
    List<Quote> quotes = find(text, urls);
    String[] paired = pair(quotes, "fr".equals(lang));
    StringBuilder out = new StringBuilder(text.length() + 8);
    int q = 0;
    int u = 0;
    for (int i = 0; i < text.length(); ) {
      if (u < urls.length && i == urls[u]) {
        out.append(text, i, urls[u + 1]);
        i = urls[u + 1];
        u += 2;
      } else if (q < quotes.size() && quotes.get(q).at() == i) {
        Quote quote = quotes.get(q);
        out.append(paired[q] != null ? paired[q] : unmatched(text, quote));
        q++;
        i += quote.length();
      } else {
        i = smarts(text, i, out);
      }
    }
    return out.toString();
  }

  private static boolean hasMarks(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isMark(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMark(char c) {
    return switch (c) {
      case '\'', '"', '-', '.', '<' -> true;
      default -> false;
    };
  }

  /**
   * Every {@code '}, {@code "}, {@code <<} and {@code >>} outside URLs, with whether it may open or
   * close.
   */
  private static List<Quote> find(String s, int[] urls) {
    List<Quote> found = new ArrayList<>();
    int u = 0;
    for (int i = 0; i < s.length(); i++) {
      while (u < urls.length && urls[u + 1] <= i) {
        u += 2;
      }
      if (u < urls.length && i >= urls[u]) {
        continue;
      }
      char c = s.charAt(i);
      boolean angle = (c == '<' || c == '>') && i + 1 < s.length() && s.charAt(i + 1) == c;
      if (c != '\'' && c != '"' && !angle) {
        continue;
      }
      int end = angle ? i + 2 : i + 1;
      boolean left = leftFlanking(s, i, end);
      boolean right = rightFlanking(s, i, end);
      if (angle) {
        found.add(new Quote(i, '<', c == '<' && left, c == '>' && right));
        i++;
      } else {
        found.add(new Quote(i, c, left && !right, right && !left));
      }
    }
    return found;
  }

  /**
   * What each mark becomes when it pairs (null when it pairs with none): each closing mark pairs
   * with the nearest opening one of its kind, and the marks between them with none.
   */
  private static String[] pair(List<Quote> quotes, boolean french) {
    String[] out = new String[quotes.size()];
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      int opener = q.canClose() ? lastOpener(quotes, open, q.kind()) : -1;
      if (opener >= 0) {
        int o = open.get(opener);
        switch (q.kind()) {
          case '\'' -> {
            out[o] = "\u2018";
            out[i] = "\u2019";
          }
          case '"' -> {
            out[o] = french ? "«" : "\u201C";
            out[i] = french ? "»" : "\u201D";
          }
          default -> {
            out[o] = "«";
            out[i] = "»";
          }
        }
        open.subList(opener, open.size()).clear();
      } else if (q.canOpen()) {
        open.add(i);
      }
    }
    return out;
  }

  private static int lastOpener(List<Quote> quotes, List<Integer> open, char kind) {
    for (int i = open.size() - 1; i >= 0; i--) {
      if (quotes.get(open.get(i)).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  /** A mark that pairs with none: an apostrophe for {@code '}, as written otherwise. */
  private static String unmatched(String s, Quote q) {
    if (q.kind() != '\'') {
      return s.substring(q.at(), q.at() + q.length());
    }
    return Scripts.touchesForeign(s, q.at()) ? "'" : "\u2019";
  }

  /** Writes the dash, ellipsis or character at {@code i}; returns the index after it. */
  private static int smarts(String s, int i, StringBuilder out) {
    if (s.startsWith("---", i)) {
      out.append('\u2014');
      return i + 3;
    }
    if (s.startsWith("--", i)) {
      out.append('\u2013');
      return i + 2;
    }
    if (s.startsWith("...", i) || s.startsWith(". . .", i)) {
      out.append('\u2026');
      return i + (s.charAt(i + 1) == '.' ? 3 : 5);
    }
    out.append(s.charAt(i));
    return i + 1;
  }

  private static boolean leftFlanking(String s, int start, int end) {
    int before = start > 0 ? s.codePointBefore(start) : ' ';
    int after = end < s.length() ? s.codePointAt(end) : ' ';
    return !whitespace(after) && (!punctuation(after) || whitespace(before) || punctuation(before));
  }

  private static boolean rightFlanking(String s, int start, int end) {
    int before = start > 0 ? s.codePointBefore(start) : ' ';
    int after = end < s.length() ? s.codePointAt(end) : ' ';
    return !whitespace(before) && (!punctuation(before) || whitespace(after) || punctuation(after));
  }

  private static boolean whitespace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** CommonMark's punctuation: ASCII punctuation and Unicode's P categories. */
  private static boolean punctuation(int cp) {
    if (cp < 128) {
      return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(cp) >= 0;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }
}
