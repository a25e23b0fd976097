package io.github.briefings.cache;

import io.github.briefings.SiteCounts;
import io.github.briefings.content.Article;
import io.github.briefings.problems.Problem;
import io.github.briefings.taxonomy.SiteIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the last successful build of a long-lived cache was made of: enough to patch its output
 * after edits that change what briefings say but not where they are filed.
 *
 * @param key the settings, assets and options it was made with (the next build must have the same)
 * @param validUntil when the clock alone changes its site (an embargo lifts, a briefing expires or
 *     enters or leaves the news site map): no patch from then on
 * @param published the briefings it published, by source file
 * @param index what it indexed: the briefings it published
 * @param problems what loading each briefing file reported, for those that reported something
 * @param dependents which pages and feeds show each briefing
 * @param counts what its site holds
 * @param news how many briefings its news site map lists
 */
public record LastBuild(
    String key,
    Instant validUntil,
    Map<Path, Article> published,
    SiteIndex index,
    Map<Path, List<Problem>> problems,
    Dependents dependents,
    SiteCounts counts,
    int news) {

  public LastBuild {
    published = Map.copyOf(published);
    problems = Map.copyOf(problems);
  }

  /**
   * This build after a patch: the same files, settings and pages, with new versions of some
   * briefings.
   */
  public LastBuild patched(
      Map<Path, Article> newPublished, SiteIndex newIndex, Map<Path, List<Problem>> newProblems) {
    return new LastBuild(
        key, validUntil, newPublished, newIndex, newProblems, dependents, counts, news);
  }
}
