package io.github.briefings.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The placeholder texts {@code briefing:new} writes for the writer to replace, and how they are
 * found in a briefing that is no longer a draft: such a briefing would publish them.
 */
public final class Placeholders {

  /** The standfirst and the body to write, by language (English for any other). */
  private static final Map<String, List<String>> TEXTS =
      Map.of(
          "en",
              List.of(
                  "TODO: one or two sentences, the standfirst.",
                  "Write the briefing here, in Markdown. Remove `draft: true` to publish it."),
          "fr",
              List.of(
                  "TODO : une ou deux phrases, le chapeau.",
                  "Écrivez le briefing ici, en Markdown. Retirez `draft: true` pour le publier."));

  private Placeholders() {}

  /** The standfirst placeholder in {@code lang}. */
  public static String summary(String lang) {
    return texts(lang).get(0);
  }

  /** The body placeholder in {@code lang}. */
  public static String body(String lang) {
    return texts(lang).get(1);
  }

  private static List<String> texts(String lang) {
    return TEXTS.getOrDefault(lang, TEXTS.get("en"));
  }

  /**
   * Whether a standfirst is still a placeholder: it starts with {@code TODO}, as {@code
   * briefing:new}'s do.
   */
  static boolean isSummaryPlaceholder(String summary) {
    String s = summary.strip().toUpperCase(Locale.ROOT);
    return s.equals("TODO")
        || s.startsWith("TODO:")
        || s.startsWith("TODO :")
        || s.startsWith("TODO ");
  }

  /** The 0-based line of {@code body} that is a body placeholder in any language, if one is. */
  static Optional<Integer> bodyPlaceholderLine(String body) {
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (TEXTS.values().stream().anyMatch(t -> t.get(1).equals(line))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
