package io.github.briefings.incremental;

import io.github.briefings.build.BuiltSite;
import io.github.briefings.build.SiteCounts;
import io.github.briefings.content.Article;
import io.github.briefings.problems.Problem;
import io.github.briefings.taxonomy.SiteIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
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
record LastBuild(
    String key,
    Instant validUntil,
    Map<Path, Article> published,
    SiteIndex index,
    Map<Path, List<Problem>> problems,
    Dependents dependents,
    SiteCounts counts,
    int news) {

  LastBuild {
    published = Map.copyOf(published);
    problems = Map.copyOf(problems);
  }

  /** What a build that put {@code site} in place was made of; {@code dependents} it recorded. */
  static LastBuild of(BuiltSite site, Dependents dependents) {
    Map<Path, Article> bySource = new HashMap<>();
    site.published()
        .forEach(a -> bySource.put(a.briefing().file().toAbsolutePath().normalize(), a));
    return new LastBuild(
        site.buildKey(),
        site.validUntil(),
        bySource,
        site.index(),
        site.fileProblems(),
        dependents,
        site.counts(),
        site.news());
  }

  /**
   * This build after a patch: the same files, settings and pages, with new versions of some
   * briefings.
   */
  LastBuild patched(
      Map<Path, Article> newPublished, SiteIndex newIndex, Map<Path, List<Problem>> newProblems) {
    return new LastBuild(
        key, validUntil, newPublished, newIndex, newProblems, dependents, counts, news);
  }
}
