package io.github.briefings.typography;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a text holds URLs and e-mail addresses, which typography leaves exactly as written. */
final class Urls {

  private static final Pattern URL =
      Pattern.compile("(?:[a-zA-Z][a-zA-Z0-9+.-]*://|mailto:|www\\.)\\S+|\\S+@\\S+\\.\\S+");

  /** What ends a sentence or a quotation after a URL rather than the URL itself. */
  private static final String TRAILING = ".,;:!?'\")]»”’";

  private static final int[] NONE = {};

  private Urls() {}

  /** The URLs of {@code text} as {@code [start0, end0, start1, end1, …]}, in order. */
  static int[] ranges(String text) {
    if (text.indexOf('@') < 0
        && !text.contains("://")
        && !text.contains("mailto:")
        && !text.contains("www.")) {
      return NONE;
    }
    Matcher m = URL.matcher(text);
    int[] out = new int[8];
    int n = 0;
    while (m.find()) {
      int end = m.end();
      while (end > m.start() + 1 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (n + 2 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = m.start();
      out[n++] = end;
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
