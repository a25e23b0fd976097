package io.github.briefings.build;

import io.github.briefings.content.Article;
import io.github.briefings.schedule.Hold;
import io.github.briefings.schedule.Schedule;
import io.github.briefings.taxonomy.SiteIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage "index": what the clock publishes (drafts, embargoed and expired briefings are held
 * back) and the index of the published briefings, per language, by country, topic and translation.
 */
final class Indexing {

  /**
   * What the stage made.
   *
   * @param articles every briefing loaded without errors
   * @param published those published
   * @param held those held back, and the next change the clock brings
   * @param index the published briefings indexed
   */
  record Indexed(List<Article> articles, List<Article> published, Schedule held, SiteIndex index) {}

  private Indexing() {}

  static Indexed run(BuildRun run, Settings settings, List<Article> articles) {
    List<Article> published = new ArrayList<>();
    for (Article a : articles) {
      if (run.rules().hold(a.briefing()) == Hold.NONE) {
        published.add(a);
      }
    }
    Schedule held = Schedule.of(articles.stream().map(Article::briefing).toList(), run.rules());
    SiteIndex index =
        SiteIndex.of(settings.site(), published, settings.countries(), settings.topics());
    return new Indexed(articles, published, held, index);
  }
}
