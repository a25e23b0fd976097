package io.github.briefings.render;

import java.util.List;
import java.util.Map;

/** Joins authors' names the way the page's language does: "A, B et C", "A, B and C". */
public final class Byline {

  private static final Map<String, String> AND =
      Map.of("fr", "et", "en", "and", "de", "und", "es", "y", "it", "e", "pt", "e", "nl", "en");

  private Byline() {}

  /**
   * The names joined, with {@code and} taken from the UI strings when the language is not known
   * here.
   */
  public static String join(List<String> names, String lang, String and) {
    if (names.isEmpty()) {
      return "";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    String word = AND.getOrDefault(lang, and == null ? "&" : and);
    return String.join(", ", names.subList(0, names.size() - 1))
        + " "
        + word
        + " "
        + names.get(names.size() - 1);
  }

  /**
   * What follows name {@code i} of {@code count} in the joined byline: {@code ", "}, the word for
   * "and" between spaces before the last name, nothing after it.
   */
  public static String separator(int i, int count, String lang, String and) {
    if (i >= count - 1) {
      return "";
    }
    return i == count - 2 ? " " + AND.getOrDefault(lang, and == null ? "&" : and) + " " : ", ";
  }
}
