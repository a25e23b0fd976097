package io.github.briefings.taxonomy;

import io.github.briefings.content.Article;
import io.github.briefings.content.DeclaredAuthor;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.SiteConfigLoader;
import io.github.briefings.problems.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules about authors across briefings: a declared author no briefing names, and one author
 * written in more than one way, are warnings.
 */
public final class AuthorCheck {

  private AuthorCheck() {}

  /** Reports the warnings about the authors of {@code articles} (every briefing loaded). */
  public static void check(SiteConfig site, List<Article> articles, Problems problems) {
    Map<String, Map<String, Integer>> spellings = Authors.spellings(articles);
    for (DeclaredAuthor declared : site.authors().values()) {
      if (!spellings.containsKey(declared.slug())) {
        problems.warning(
            SiteConfigLoader.PATH,
            declared.line(),
            declared.column(),
            "author '"
                + declared.slug()
                + "' is declared but no briefing names them: a byline's slug is its name in lower"
                + " case without accents, words joined by '-' (Jean Dupont is jean-dupont); fix"
                + " the slug or remove the author");
      }
    }
    spellings.forEach(
        (slug, counts) -> {
          if (counts.size() > 1) {
            warnSpellings(slug, counts, articles, problems);
          }
        });
  }

  private static void warnSpellings(
      String slug, Map<String, Integer> counts, List<Article> articles, Problems problems) {
    Map<String, Set<String>> files = new TreeMap<>();
    for (Article a : articles) {
      for (String name : a.briefing().authors()) {
        if (counts.containsKey(name.strip())) {
          files.computeIfAbsent(name.strip(), k -> new TreeSet<>()).add(a.briefing().path());
        }
      }
    }
    List<String> ways = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : files.entrySet()) {
      ways.add("'" + e.getKey() + "' in " + String.join(", ", first(e.getValue())));
    }
    String firstFile =
        files.values().stream()
            .map(s -> s.iterator().next())
            .min(Comparator.naturalOrder())
            .orElse("");
    problems.warning(
        firstFile,
        0,
        0,
        "one author written in "
            + counts.size()
            + " ways ("
            + String.join("; ", ways)
            + ") shares the page /authors/"
            + slug
            + "/: write the name the same way in every briefing, or declare it under 'authors:'"
            + " in site/site.yaml");
  }

  /** Up to three files, and how many more. */
  private static List<String> first(Set<String> files) {
    List<String> out = new ArrayList<>(files.stream().limit(3).toList());
    if (files.size() > 3) {
      out.add("and " + (files.size() - 3) + " more");
    }
    return out;
  }
}
