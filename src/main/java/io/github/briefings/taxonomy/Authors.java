package io.github.briefings.taxonomy;

import io.github.briefings.content.Article;
import io.github.briefings.content.DeclaredAuthor;
import io.github.briefings.content.SiteConfig;
import io.github.briefings.content.Slugs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The authors of a set of briefings: each byline name by its slug ({@link Slugs#author}), names
 * that fold to the same slug being one author, and the name each author's page shows: the one
 * declared in site.yaml, else the spelling most briefings use (ties: the first in sort order).
 */
public final class Authors {

  private final SiteConfig site;
  private final Map<String, String> written = new HashMap<>();

  /** The authors of {@code articles}. */
  public Authors(SiteConfig site, Collection<Article> articles) {
    this.site = site;
    spellings(articles)
        .forEach(
            (slug, counts) -> {
              String best = null;
              for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                  best = e.getKey();
                }
              }
              written.put(slug, best);
            });
  }

  /** Per slug, each spelling of the name and how many of {@code articles} use it, by spelling. */
  static Map<String, Map<String, Integer>> spellings(Collection<Article> articles) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (Article a : articles) {
      for (String name : a.briefing().authors().stream().map(String::strip).distinct().toList()) {
        out.computeIfAbsent(Slugs.author(name), k -> new TreeMap<>()).merge(name, 1, Integer::sum);
      }
    }
    return out;
  }

  /** The distinct slugs of an article's byline, in its order. */
  public static List<String> slugs(Article article) {
    List<String> out = new ArrayList<>(2);
    for (String name : article.briefing().authors()) {
      String slug = Slugs.author(name);
      if (!out.contains(slug)) {
        out.add(slug);
      }
    }
    return out;
  }

  /** The name the author's page shows in {@code lang}. */
  public String name(String slug, String lang) {
    DeclaredAuthor declared = site.authors().get(slug);
    String name = declared == null ? null : declared.name(lang, site.language());
    if (name == null) {
      name = written.get(slug);
    }
    return name == null ? slug : name;
  }
}
