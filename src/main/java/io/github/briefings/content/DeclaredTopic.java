package io.github.briefings.content;

import java.util.Locale;
import java.util.Map;

/**
 * A topic declared in {@code site/site.yaml}, with its label per language.
 *
 * @param slug the topic's slug, as briefings use it
 * @param labels label by language code
 * @param descriptions optional description by language code
 */
public record DeclaredTopic(
    String slug, Map<String, String> labels, Map<String, String> descriptions) {

  public DeclaredTopic {
    labels = Map.copyOf(labels);
    descriptions = Map.copyOf(descriptions);
  }

  /**
   * The slug a topic written in a briefing or passed to {@code briefing:new} stands for: topics are
   * matched case-insensitively ({@code Trade} is {@code trade}), slugs being lower case.
   */
  public static String slugOf(String typed) {
    return typed.strip().toLowerCase(Locale.ROOT);
  }

  /** The label in {@code lang}, else in the default language, else the slug. */
  public String label(String lang, String defaultLang) {
    String label = labels.get(lang);
    if (label == null) {
      label = labels.get(defaultLang);
    }
    return label == null ? slug : label;
  }
}
