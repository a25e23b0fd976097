package io.github.briefings.typography;

/**
 * French spacing on text readers see: a narrow no-break space (U+202F) before {@code ; ! ?} and
 * inside « », a no-break space (U+00A0) before {@code :}, and typographic apostrophes between
 * letters. Only between Latin-script text: each mark is spaced or not from the script of the
 * letters on the side the space goes ({@link Scripts}), so a title, quote or name in Arabic,
 * Hebrew, Korean, Chinese, Japanese or Cyrillic is left exactly as written while the French
 * sentence around it keeps French spacing. URLs and times such as 12:30 are left as written.
 * Idempotent.
 */
public final class FrenchTypography {

  /** U+202F NARROW NO-BREAK SPACE. */
  public static final char NNBSP = '\u202F';

  /** U+00A0 NO-BREAK SPACE. */
  public static final char NBSP = '\u00A0';

  private FrenchTypography() {}

  /** Plain text (a title, a caption) with French spacing; null stays null. */
  public static String text(String text) {
    if (text == null || !hasMarks(text)) {
      return text;
    }
    return text(text, 0, text.length());
  }

  private static boolean isMark(char c) {
    return switch (c) {
      case '\'', '«', '»', ';', '!', '?', ':' -> true;
      default -> false;
    };
  }

  /**
   * The characters {@code from} to {@code to} of {@code full} with French spacing, URLs left as
   * written; the text around them (the neighbouring text nodes of an HTML element, say) is read to
   * decide, never changed.
   */
  static String text(String full, int from, int to) {
    int[] urls = Urls.ranges(full);
    StringBuilder out = new StringBuilder(to - from + 8);
    int at = from;
    for (int u = 0; u < urls.length && at < to; u += 2) {
      int start = Math.max(at, urls[u]);
      int end = Math.min(to, urls[u + 1]);
      if (start < end) {
        out.append(spaced(full, at, start)).append(full, start, end);
        at = end;
      }
    }
    return out.append(spaced(full, at, to)).toString();
  }

  /** Whether {@code s} holds a character some rule changes or spaces. */
  static boolean hasMarks(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isMark(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The characters {@code from} to {@code to} of {@code full}, which hold no URL, with French
   * spacing.
   */
  private static String spaced(String full, int from, int to) {
    StringBuilder out = new StringBuilder(to - from + 8);
    for (int i = from; i < to; i++) {
      char c = full.charAt(i);
      switch (c) {
        case '\'' -> out.append(apostrophe(full, i) ? '\u2019' : c);
        case '«' -> i = open(full, i, to, out);
        case '»' -> close(full, i, out);
        case ';', '!', '?' -> high(full, from, i, out);
        case ':' -> colon(full, from, i, out);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** An apostrophe between two letters, neither of another script. */
  private static boolean apostrophe(String s, int i) {
    return i > 0
        && i + 1 < s.length()
        && Character.isLetter(s.codePointBefore(i))
        && Character.isLetter(s.codePointAt(i + 1))
        && !Scripts.touchesForeign(s, i);
  }

  /** « and the spaces after it; returns the index of the last character used. */
  private static int open(String full, int i, int to, StringBuilder out) {
    out.append('«');
    if (Scripts.foreignAfter(full, i + 1)) {
      return i;
    }
    int last = i;
    while (last + 1 < to && space(full.charAt(last + 1))) {
      last++;
    }
    out.append(NNBSP);
    return last;
  }

  private static void close(String full, int i, StringBuilder out) {
    if (!Scripts.foreignBefore(full, i)) {
      int end = out.length();
      while (end > 0 && space(out.charAt(end - 1))) {
        end--;
      }
      out.setLength(end);
      out.append(NNBSP);
    }
    out.append('»');
  }

  /** {@code ; ! ?} after a word, or after one space: a narrow no-break space between them. */
  private static void high(String full, int from, int i, StringBuilder out) {
    char c = full.charAt(i);
    int spaceAt = i > 0 && oneSpace(full.charAt(i - 1)) ? i - 1 : i;
    boolean afterWord = spaceAt == 0 || !highOrSpace(full.charAt(spaceAt - 1));
    if (afterWord && !Scripts.foreignBefore(full, spaceAt)) {
      respace(out, from, spaceAt, i, NNBSP);
    }
    out.append(c);
  }

  /**
   * {@code :} after one space, or right after a word and before a space or the end (so not 12:30):
   * a no-break space before it.
   */
  private static void colon(String full, int from, int i, StringBuilder out) {
    boolean spaced = i > 0 && oneSpace(full.charAt(i - 1));
    int spaceAt = spaced ? i - 1 : i;
    boolean ok =
        spaced
            ? spaceAt == 0 || !asciiSpace(full.charAt(spaceAt - 1))
            : (i == 0 || !asciiSpace(full.charAt(i - 1)))
                && (i + 1 == full.length() || asciiSpace(full.charAt(i + 1)));
    if (ok && !Scripts.foreignBefore(full, spaceAt)) {
      respace(out, from, spaceAt, i, NBSP);
    }
    out.append(':');
  }

  /** Replaces the space at {@code spaceAt} (already written, if inside the range) or adds one. */
  private static void respace(StringBuilder out, int from, int spaceAt, int markAt, char space) {
    if (spaceAt == markAt) {
      out.append(space);
    } else if (spaceAt >= from) {
      out.setCharAt(out.length() - 1, space);
    }
  }

  private static boolean highOrSpace(char c) {
    return asciiSpace(c) || c == ';' || c == '!' || c == '?' || c == NBSP || c == NNBSP;
  }

  private static boolean oneSpace(char c) {
    return c == ' ' || c == NBSP || c == NNBSP;
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || c == NBSP || c == NNBSP;
  }

  private static boolean asciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
