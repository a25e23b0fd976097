package io.github.briefings.typography;

import java.lang.Character.UnicodeScript;

/**
 * The writing system around a mark. French spacing and typographic apostrophes are Latin-script
 * conventions: next to Arabic, Hebrew, Korean, Chinese, Japanese, Cyrillic or any other script's
 * letters, a mark is left exactly as written.
 */
final class Scripts {

  private static final String OPENERS = "«“([{";
  private static final String CLOSERS = "»”)]}";

  private Scripts() {}

  /**
   * Whether {@code codePoint} belongs to a script other than Latin (digits and punctuation belong
   * to none).
   */
  static boolean foreign(int codePoint) {
    UnicodeScript script = UnicodeScript.of(codePoint);
    return script != UnicodeScript.LATIN
        && script != UnicodeScript.COMMON
        && script != UnicodeScript.INHERITED
        && script != UnicodeScript.UNKNOWN;
  }

  /**
   * Whether the text before {@code index} is in another script: the nearest letter before it is of
   * another script. Spaces, digits, marks and punctuation are passed over, and a quotation or
   * parenthesis as a whole: the {@code ?} of {@code Qui a écrit «Да» ?} follows French text.
   */
  static boolean foreignBefore(CharSequence s, int index) {
    int i = index;
    while (i > 0) {
      int cp = Character.codePointBefore(s, i);
      if (decisive(cp)) {
        return foreign(cp);
      }
      i -= Character.charCount(cp);
      int pair = CLOSERS.indexOf(cp);
      if (pair >= 0) {
        i = opener(s, i, OPENERS.charAt(pair), CLOSERS.charAt(pair));
      }
    }
    return false;
  }

  /**
   * Whether the nearest letter from {@code index} on is of another script (anything but letters
   * passed over).
   */
  static boolean foreignAfter(CharSequence s, int index) {
    int i = index;
    while (i < s.length()) {
      int cp = Character.codePointAt(s, i);
      if (decisive(cp)) {
        return foreign(cp);
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** A letter of some script (the Japanese ー is a letter of none). */
  private static boolean decisive(int cp) {
    if (!Character.isLetter(cp)) {
      return false;
    }
    UnicodeScript script = UnicodeScript.of(cp);
    return script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED;
  }

  /**
   * Where the quotation or parenthesis closed at {@code closeAt} opens, or {@code closeAt} when it
   * does not.
   */
  private static int opener(CharSequence s, int closeAt, char open, char close) {
    int depth = 0;
    for (int i = closeAt - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == close) {
        depth++;
      } else if (c == open && depth-- == 0) {
        return i;
      }
    }
    return closeAt;
  }

  /**
   * Whether the letter right before {@code index} (past combining marks) or right after it is of
   * another script: a Hebrew geresh written as {@code '} or a Ukrainian apostrophe stays as
   * written.
   */
  static boolean touchesForeign(CharSequence s, int index) {
    int i = index;
    while (i > 0) {
      int cp = Character.codePointBefore(s, i);
      if (!mark(cp)) {
        if (foreign(cp)) {
          return true;
        }
        break;
      }
      i -= Character.charCount(cp);
    }
    return index + 1 < s.length() && foreign(Character.codePointAt(s, index + 1));
  }

  private static boolean mark(int cp) {
    return switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.FORMAT ->
          true;
      default -> false;
    };
  }
}
