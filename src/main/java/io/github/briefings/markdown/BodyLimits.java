package io.github.briefings.markdown;

import io.github.briefings.content.Characters;
import io.github.briefings.content.Limits;
import io.github.briefings.problems.Problems;

/**
 * Checks a body against the {@link Limits} before it is parsed: line length, quotes and lists
 * inside each other, links and images. The Markdown parser recurses on nesting and slows down
 * sharply on thousands of links in a paragraph; no real briefing comes near these numbers.
 */
final class BodyLimits {

  private BodyLimits() {}

  /** Whether {@code body} is within the limits; each limit it passes is reported once. */
  static boolean check(String body, MarkdownRenderer.Locator at, Problems problems) {
    boolean ok = checkLines(body, at, problems);
    ok = checkCharacters(body, at, problems) && ok;
    int brackets = 0;
    int images = 0;
    boolean escapes = false;
    for (int i = body.indexOf('['); i >= 0; i = body.indexOf('[', i + 1)) {
      brackets++;
      if (i > 0 && body.charAt(i - 1) == '!') {
        images++;
      }
      int backslashes = escapes ? 0 : backslashesInLabel(body, i);
      if (backslashes > Limits.LABEL_BACKSLASHES) {
        escapes = true;
        error(
            at,
            i,
            problems,
            "the brackets opened here hold "
                + backslashes
                + " backslashes before they close; at most "
                + Limits.LABEL_BACKSLASHES
                + " are read: delete the ones you did not mean (a backslash is needed only"
                + " before a character that would otherwise be read as Markdown)");
      }
    }
    ok = !escapes && ok;
    if (brackets > Limits.BODY_BRACKETS) {
      ok = false;
      error(
          at,
          0,
          problems,
          "the body has "
              + brackets
              + " links or bracketed words; at most "
              + Limits.BODY_BRACKETS
              + " are read: split the briefing");
    }
    if (images > Limits.BODY_IMAGES) {
      ok = false;
      error(
          at,
          0,
          problems,
          "the body shows "
              + images
              + " images; at most "
              + Limits.BODY_IMAGES
              + " are read: split the briefing or make a gallery page");
    }
    return ok;
  }

  /**
   * The backslashes from the bracket at {@code open} to the next closing bracket, or over the 1,000
   * characters a link label may hold when none closes it.
   */
  private static int backslashesInLabel(String body, int open) {
    int count = 0;
    int end = Math.min(body.length(), open + 1_002);
    for (int i = open + 1; i < end && body.charAt(i) != ']'; i++) {
      if (body.charAt(i) == '\\') {
        count++;
      }
    }
    return count;
  }

  /** Reports the first character that no page or feed may carry. */
  private static boolean checkCharacters(
      String body, MarkdownRenderer.Locator at, Problems problems) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (Characters.forbidden(c)) {
        error(
            at,
            i,
            problems,
            String.format(
                "the body holds the invisible character U+%04X here: delete it (it often comes"
                    + " with text copied from another program)",
                (int) c));
        return false;
      }
    }
    return true;
  }

  /** Line length and nesting, the first offending line of each reported. */
  private static boolean checkLines(String body, MarkdownRenderer.Locator at, Problems problems) {
    boolean longLine = false;
    boolean deep = false;
    for (int start = 0; start < body.length(); ) {
      int end = body.indexOf('\n', start);
      end = end < 0 ? body.length() : end;
      if (!longLine && end - start > Limits.LINE_CHARS) {
        longLine = true;
        error(
            at,
            start,
            problems,
            "this line has "
                + (end - start)
                + " characters; at most "
                + Limits.LINE_CHARS
                + " are read: break it into paragraphs");
      }
      if (!deep && nesting(body, start, end) > Limits.BODY_NESTING) {
        deep = true;
        error(
            at,
            start,
            problems,
            "quotes and lists nest more than "
                + Limits.BODY_NESTING
                + " levels deep here: flatten them");
      }
      start = end + 1;
    }
    return !longLine && !deep;
  }

  /**
   * How many quotes and lists open at the start of a line: each {@code >}, list marker and four
   * columns of indentation count one.
   */
  static int nesting(String body, int start, int end) {
    int depth = 0;
    int indent = 0;
    int i = start;
    while (i < end) {
      char c = body.charAt(i);
      if (c == ' ') {
        indent++;
        i++;
      } else if (c == '\t') {
        indent += 4;
        i++;
      } else if (c == '>') {
        depth++;
        i++;
      } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && body.charAt(i + 1) == ' ') {
        depth++;
        i += 2;
      } else {
        int digits = i;
        while (digits < end && digits - i < 9 && Character.isDigit(body.charAt(digits))) {
          digits++;
        }
        if (digits > i
            && digits + 1 < end
            && (body.charAt(digits) == '.' || body.charAt(digits) == ')')
            && body.charAt(digits + 1) == ' ') {
          depth++;
          i = digits + 2;
        } else {
          break;
        }
      }
    }
    return depth + indent / 4;
  }

  private static void error(MarkdownRenderer.Locator at, int offset, Problems problems, String m) {
    problems.error(at.path(), at.line(offset), at.column(offset), m);
  }
}
