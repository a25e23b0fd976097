package io.github.briefings.build;

import io.github.briefings.build.FeedsAndSiteMaps.Syndicated;
import io.github.briefings.build.Indexing.Indexed;
import io.github.briefings.build.LoadAndCheck.Loaded;
import io.github.briefings.build.PhotoResizing.Resized;
import io.github.briefings.content.Article;
import io.github.briefings.output.OutputManifest;
import io.github.briefings.output.Syndication;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The stage "replace the previous site" (or "update" it, in place): the new site put in place in
 * one step, counted, and kept by the build cache with until when the clock leaves it unchanged.
 */
final class SiteReplacement {

  private SiteReplacement() {}

  static SiteCounts run(
      BuildRun run,
      Settings settings,
      OpenSite out,
      Loaded loaded,
      Indexed indexed,
      Syndicated syndicated,
      Resized resized,
      OutputCache cache) {
    Path outputDir = run.options().outputDir();
    out.commit(() -> cache.forget(outputDir));
    OutputManifest manifest = out.output().manifest();
    int pages = out.writer().pages();
    int feeds = syndicated.feeds();
    // every file of the site that is not a page or a feed: photos, their copies, static files,
    // site maps
    int otherFiles = manifest.size() - pages - feeds;
    SiteCounts counts =
        new SiteCounts(
            indexed.published().size(), indexed.held(), pages, feeds, otherFiles, resized.photos());
    cache.built(
        new BuiltSite(
            outputDir,
            manifest,
            counts,
            validUntil(indexed, run.options().now()),
            settings.keys().build(),
            indexed.published(),
            indexed.index(),
            loaded.fileProblems(),
            syndicated.news(),
            run.problems().sorted()));
    return counts;
  }

  /**
   * When the clock alone would change the site: an embargo lifts, a briefing expires (the
   * schedule's next change), or a briefing enters or leaves the news site map.
   */
  private static Instant validUntil(Indexed indexed, Instant now) {
    Instant until = indexed.held().nextChange().map(c -> c.at().toInstant()).orElse(Instant.MAX);
    for (Article a : indexed.articles()) {
      Instant date = a.briefing().date().toInstant();
      for (Instant t : new Instant[] {date, date.plus(Syndication.NEWS_WINDOW)}) {
        if (t.isAfter(now) && t.isBefore(until)) {
          until = t;
        }
      }
    }
    return until;
  }
}
