package io.github.briefings.taxonomy;

import io.github.briefings.content.DeclaredTopic;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.Suggestions;
import java.util.Map;
import java.util.Optional;

/**
 * The topics declared in {@code site.yaml}, their labels per language, and hints for undeclared
 * ones.
 */
public final class Topics {

  private final SiteConfig site;

  public Topics(SiteConfig site) {
    this.site = site;
  }

  /** Whether {@code typed} names a declared topic, in any case ({@link DeclaredTopic#slugOf}). */
  public boolean isDeclared(String typed) {
    return site.topics().containsKey(DeclaredTopic.slugOf(typed));
  }

  /**
   * The topic's label in {@code lang}, falling back to the default language's label, then the slug.
   */
  public String label(String slug, String lang) {
    DeclaredTopic topic = site.topics().get(slug);
    return topic == null ? slug : topic.label(lang, site.language());
  }

  /**
   * The message for an undeclared topic, with the nearest declared slug: the same for a briefing's
   * {@code topics:} and for {@code briefing:new -Dtopics}, both naming the topic by its slug.
   */
  public String undeclaredMessage(String typed) {
    String slug = DeclaredTopic.slugOf(typed);
    String hint = nearest(slug).map(s -> " (did you mean " + s + "?)").orElse("");
    return "undeclared topic '"
        + slug
        + "'"
        + hint
        + ": use a topic declared under 'topics:' in site/site.yaml, or declare it there";
  }

  /** The nearest declared slug by slug or by label. */
  public Optional<String> nearest(String typed) {
    int max = Math.max(2, typed.length() / 3);
    Optional<String> bySlug = Suggestions.nearest(typed, site.topics().keySet(), max);
    if (bySlug.isPresent()) {
      return bySlug;
    }
    for (Map.Entry<String, DeclaredTopic> e : site.topics().entrySet()) {
      for (String label : e.getValue().labels().values()) {
        if (Suggestions.distance(Suggestions.fold(label), Suggestions.fold(typed)) <= max) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }
}
