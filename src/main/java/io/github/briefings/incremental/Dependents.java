package io.github.briefings.incremental;

import io.github.briefings.content.Article;
import io.github.briefings.output.ShownBriefings;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which output files (pages and feeds) show something of each briefing, by the briefing's site
 * path: the files an edit to what a briefing says must rewrite, when it stays where it is filed.
 * Filled as a build works out each file's inputs; thread-safe.
 */
final class Dependents implements ShownBriefings {

  private final Map<String, Set<String>> files = new ConcurrentHashMap<>();

  /** Records that the output file {@code sitePath} shows something of each of {@code briefings}. */
  @Override
  public void shows(String sitePath, Collection<Article> briefings) {
    for (Article a : briefings) {
      files.computeIfAbsent(a.sitePath(), k -> ConcurrentHashMap.newKeySet()).add(sitePath);
    }
  }

  /** The output files showing something of the briefing at {@code briefingPath}, sorted. */
  public Set<String> of(String briefingPath) {
    return new TreeSet<>(files.getOrDefault(briefingPath, Set.of()));
  }
}
