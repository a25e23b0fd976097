package io.github.briefings.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Pagefind needs of a built page: its language and the one element marked {@code
 * data-pagefind-body}, cut out of the page into a small document of their own. Pagefind builds the
 * same index from these as from the whole pages (byte for byte: it reads only that element of a
 * page that has one) in about two thirds of the time, as it parses none of the rest.
 */
public final class SearchDocument {

  private static final String MARK = "data-pagefind-body";
  private static final Pattern LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");
  private static final Pattern NAME = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)");

  private SearchDocument() {}

  /**
   * The search document of {@code page}: its {@code <html lang>} and its element marked {@code
   * data-pagefind-body}; empty when it has no such element (or one whose end cannot be found).
   */
  public static Optional<String> of(String page) {
    int mark = page.indexOf(MARK);
    if (mark < 0) {
      return Optional.empty();
    }
    int start = page.lastIndexOf('<', mark);
    Matcher name = start < 0 ? null : NAME.matcher(page).region(start, mark);
    if (name == null || !name.lookingAt()) {
      return Optional.empty();
    }
    int end = end(page, name.group(1).toLowerCase(Locale.ROOT), start);
    if (end < 0) {
      return Optional.empty();
    }
    Matcher lang = LANG.matcher(page);
    String language = lang.find() ? lang.group(1) : "";
    return Optional.of(
        "<!DOCTYPE html>\n<html lang=\""
            + language
            + "\"><head><meta charset=\"utf-8\"></head><body>\n"
            + page.substring(start, end)
            + "\n</body></html>\n");
  }

  /** Where the element {@code name} opened at {@code start} ends (after its end tag), or -1. */
  private static int end(String page, String name, int start) {
    String open = "<" + name;
    String close = "</" + name + ">";
    int depth = 0;
    int at = start;
    while (at >= 0 && at < page.length()) {
      int nextOpen = indexOfTag(page, open, at + 1);
      int nextClose = page.indexOf(close, at + 1);
      if (nextClose < 0) {
        return -1;
      }
      if (nextOpen >= 0 && nextOpen < nextClose) {
        depth++;
        at = nextOpen;
      } else if (depth == 0) {
        return nextClose + close.length();
      } else {
        depth--;
        at = nextClose;
      }
    }
    return -1;
  }

  /** The next {@code <name} that opens an element of that name (not a longer one), or -1. */
  private static int indexOfTag(String page, String open, int from) {
    int at = page.indexOf(open, from);
    while (at >= 0) {
      int after = at + open.length();
      if (after < page.length()
          && (Character.isWhitespace(page.charAt(after))
              || page.charAt(after) == '>'
              || page.charAt(after) == '/')) {
        return at;
      }
      at = page.indexOf(open, after);
    }
    return -1;
  }
}
