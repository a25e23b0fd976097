package io.github.briefings.typography;

/**
 * The one typography step for what readers see, in every field and in the body alike: typographic
 * quotes, apostrophes, dashes and ellipses in every language ({@link SmartQuotes}, as Flexmark's
 * typographic extension makes them in a body), and French spacing on French text ({@link
 * FrenchTypography}). Latin-script conventions are applied only next to Latin-script text: Arabic,
 * Hebrew, Korean, Chinese, Japanese or Cyrillic text keeps its marks as written. Its results are
 * plain text, escaped where they land.
 */
public final class Typography {

  /**
   * What a body's Markdown renderer is to write for a single quote that pairs with none: U+FDD0, a
   * Unicode noncharacter that no text holds. {@link #html} makes it an apostrophe, or a {@code '}
   * next to letters of another script.
   */
  public static final String APOSTROPHE_MARK = "\uFDD0";

  private Typography() {}

  /** A plain-text field (title, caption, name…) as {@code lang} readers see it; null stays null. */
  public static String text(String text, String lang) {
    if (text == null) {
      return null;
    }
    String out = SmartQuotes.apply(text, lang);
    return "fr".equals(lang) ? FrenchTypography.text(out) : out;
  }

  /**
   * A body's HTML, quoted by the Markdown renderer with {@link #APOSTROPHE_MARK} for lone single
   * quotes, finished for {@code lang}: apostrophes, then French spacing on the text nodes of French
   * bodies.
   */
  public static String html(String html, String lang) {
    String out = apostrophes(html);
    return "fr".equals(lang) ? FrenchHtml.spaced(out) : out;
  }

  private static String apostrophes(String html) {
    int at = html.indexOf(APOSTROPHE_MARK);
    if (at < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 32);
    int done = 0;
    for (; at >= 0; at = html.indexOf(APOSTROPHE_MARK, at + 1)) {
      out.append(html, done, at).append(Scripts.touchesForeign(html, at) ? "'" : "&rsquo;");
      done = at + 1;
    }
    return out.append(html, done, html.length()).toString();
  }
}
