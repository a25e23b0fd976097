package io.github.briefings.scaffold;

import java.util.List;

/**
 * What {@code briefing:new} is asked to write.
 *
 * @param title the headline (the file name's slug comes from it)
 * @param countries ISO 3166-1 alpha-2 codes, any case
 * @param topics topic slugs declared in {@code site.yaml}
 * @param lang the language, or null for the site's default
 * @param author the author, or null to take git's {@code user.name}
 */
public record NewBriefing(
    String title, List<String> countries, List<String> topics, String lang, String author) {

  public NewBriefing {
    countries = List.copyOf(countries);
    topics = List.copyOf(topics);
  }

  /** Splits a command-line list such as {@code "KP, RU"} into its items. */
  public static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(list.split("[,;\\s]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
