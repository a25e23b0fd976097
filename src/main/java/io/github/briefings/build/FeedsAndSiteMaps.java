package io.github.briefings.build;

import io.github.briefings.output.Syndication;
import io.github.briefings.render.PageJob;
import io.github.briefings.taxonomy.SiteIndex;
import java.util.List;

/**
 * The stage "feeds and site maps": the Atom feeds (per language, and per country and topic), the
 * site maps, {@code news-sitemap.xml} and {@code robots.txt}, from the same index as the pages.
 */
final class FeedsAndSiteMaps {

  /**
   * What the stage wrote.
   *
   * @param feeds how many feeds the site has
   * @param news how many briefings the news site map lists
   */
  record Syndicated(int feeds, int news) {}

  private FeedsAndSiteMaps() {}

  static Syndicated run(
      BuildRun run, Settings settings, SiteIndex index, List<PageJob> pages, OpenSite out) {
    Syndication syndication =
        new Syndication(settings.site(), index, out.output(), settings.keys().pages())
            .recording(out.shown());
    int feeds = syndication.writeFeeds(run.options().termPages());
    syndication.writeSitemaps(pages, run.options().now());
    return new Syndicated(feeds, syndication.newsCount(run.options().now()));
  }
}
