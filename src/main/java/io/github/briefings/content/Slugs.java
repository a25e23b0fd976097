package io.github.briefings.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns titles and file names into URL slugs: ASCII, lower case, words joined by {@code -}. */
public final class Slugs {

  private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGES = Pattern.compile("^-+|-+$");

  private Slugs() {}

  /** The slug of a briefing file name: extension and a leading {@code YYYY-MM-DD-} dropped. */
  public static String fromFileName(String fileName) {
    String name = fileName;
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    name = DATE_PREFIX.matcher(name).replaceFirst("");
    return slugify(name);
  }

  /**
   * Folds accents to ASCII, lower-cases, and turns every run of other characters into one {@code
   * -}.
   */
  public static String slugify(String text) {
    String t =
        text.replace("œ", "oe")
            .replace("Œ", "OE")
            .replace("æ", "ae")
            .replace("Æ", "AE")
            .replace("ß", "ss")
            .replace("ø", "o")
            .replace("Ø", "O")
            .replace("ł", "l")
            .replace("Ł", "L")
            .replace("đ", "d")
            .replace("Đ", "D")
            .replace("þ", "th")
            .replace("Þ", "TH");
    t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("");
    t = OTHERS.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("-");
    return EDGES.matcher(t).replaceAll("");
  }

  /**
   * The slug of an author's name, their page's address: {@link #slugify}, or for a name with no
   * letter or digit it keeps ({@code 李明}), {@code author-} and a code made from the name.
   */
  public static String author(String name) {
    String slug = slugify(name.strip());
    return slug.isEmpty()
        ? "author-" + Integer.toUnsignedString(name.strip().hashCode(), 36)
        : slug;
  }
}
