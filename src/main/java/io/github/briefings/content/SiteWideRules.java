package io.github.briefings.content;

import io.github.briefings.problems.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules that hold across briefings, checked once every briefing is loaded (each briefing's own
 * rules are checked as it loads): no two briefings at the same URL, and no two versions of a
 * briefing in one language.
 */
public final class SiteWideRules {

  private SiteWideRules() {}

  /** Checks {@code articles}, every briefing loaded without errors, published or held back. */
  public static void check(List<Article> articles, Problems problems) {
    uniqueUrls(articles, problems);
    translationKeys(articles, problems);
  }

  private static void translationKeys(List<Article> articles, Problems problems) {
    Map<String, List<Briefing>> byKey = new TreeMap<>();
    for (Article a : articles) {
      Briefing b = a.briefing();
      if (b.translationKey() != null) {
        byKey
            .computeIfAbsent(
                b.lang() + "\u0000" + b.translationKey().value(), k -> new ArrayList<>())
            .add(b);
      }
    }
    for (List<Briefing> same : byKey.values()) {
      if (same.size() < 2) {
        continue;
      }
      for (int i = 0; i < same.size(); i++) {
        Briefing b = same.get(i);
        List<String> others = new ArrayList<>();
        for (int j = 0; j < same.size(); j++) {
          if (j != i) {
            others.add(same.get(j).path());
          }
        }
        others.sort(null);
        problems.error(
            b.path(),
            b.translationKey().line(),
            b.translationKey().column(),
            "translationKey '"
                + b.translationKey().value()
                + "' is also used in language '"
                + b.lang()
                + "' by "
                + String.join(", ", others)
                + ": each language may have one version; give one another key");
      }
    }
  }

  private static void uniqueUrls(List<Article> articles, Problems problems) {
    Map<String, List<Article>> byUrl = new TreeMap<>();
    for (Article a : articles) {
      byUrl.computeIfAbsent(a.sitePath(), k -> new ArrayList<>()).add(a);
    }
    for (Map.Entry<String, List<Article>> e : byUrl.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      List<String> paths = e.getValue().stream().map(a -> a.briefing().path()).sorted().toList();
      for (String path : paths) {
        List<String> others = paths.stream().filter(p -> !p.equals(path)).toList();
        problems.error(
            path,
            1,
            1,
            "two briefings have the same URL /"
                + e.getKey()
                + ": this one and "
                + String.join(", ", others)
                + "; give one of them another 'slug:' or file name");
      }
    }
  }
}
