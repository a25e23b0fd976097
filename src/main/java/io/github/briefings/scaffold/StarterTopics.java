package io.github.briefings.scaffold;

import java.util.ArrayList;
import java.util.List;

/**
 * The topics a new site starts with, labelled in the languages the starter knows (English
 * elsewhere).
 */
final class StarterTopics {

  /** The languages of the labels below, in their order. */
  private static final List<String> LABELLED = List.of("en", "fr", "de", "es", "it", "pt", "nl");

  /** A slug, then its label in each of {@link #LABELLED}. */
  private static final String[][] TOPICS = {
    {
      "politics", "Politics", "Politique", "Politik", "Política", "Politica", "Política", "Politiek"
    },
    {
      "economy", "Economy", "Économie", "Wirtschaft", "Economía", "Economia", "Economia", "Economie"
    },
    {
      "diplomacy",
      "Diplomacy",
      "Diplomatie",
      "Diplomatie",
      "Diplomacia",
      "Diplomazia",
      "Diplomacia",
      "Diplomatie"
    },
    {"defence", "Defence", "Défense", "Verteidigung", "Defensa", "Difesa", "Defesa", "Defensie"},
    {
      "elections",
      "Elections",
      "Élections",
      "Wahlen",
      "Elecciones",
      "Elezioni",
      "Eleições",
      "Verkiezingen"
    },
    {"climate", "Climate", "Climat", "Klima", "Clima", "Clima", "Clima", "Klimaat"},
    {"health", "Health", "Santé", "Gesundheit", "Salud", "Salute", "Saúde", "Gezondheid"},
    {
      "society",
      "Society",
      "Société",
      "Gesellschaft",
      "Sociedad",
      "Società",
      "Sociedade",
      "Samenleving"
    },
    {"culture", "Culture", "Culture", "Kultur", "Cultura", "Cultura", "Cultura", "Cultuur"},
    {"media", "Media", "Médias", "Medien", "Medios", "Media", "Media", "Media"},
  };

  /** The topic the welcome briefing is filed under. */
  static final String WELCOME_TOPIC = "media";

  private StarterTopics() {}

  /**
   * The {@code topics:} section of {@code site.yaml}, one line a topic, a label in each of {@code
   * languages}.
   */
  static String yaml(List<String> languages) {
    StringBuilder out = new StringBuilder();
    out.append(
            "# every topic a briefing may name (topics: [economy]), with its label in each language;\n")
        .append(
            "# add, rename or remove them freely: the build says which briefing still uses a removed one\n");
    List<String> untranslated = languages.stream().filter(l -> !LABELLED.contains(l)).toList();
    if (!untranslated.isEmpty()) {
      out.append("# the labels in ")
          .append(String.join(", ", untranslated))
          .append(" are in English for now: translate them\n");
    }
    out.append("topics:\n");
    for (String[] topic : TOPICS) {
      List<String> labels = new ArrayList<>();
      for (String lang : languages) {
        int i = LABELLED.indexOf(lang);
        labels.add(lang + ": " + BriefingScaffold.quoted(topic[1 + Math.max(0, i)]));
      }
      out.append("  ")
          .append(topic[0])
          .append(": { ")
          .append(String.join(", ", labels))
          .append(" }\n");
    }
    return out.toString();
  }
}
