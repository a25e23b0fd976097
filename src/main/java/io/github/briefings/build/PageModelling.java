package io.github.briefings.build;

import io.github.briefings.render.PageJob;
import io.github.briefings.taxonomy.SiteIndex;
import java.util.List;

/**
 * The stage "page models": every page the site has, from the index (each page's model is made only
 * when it must be written).
 */
final class PageModelling {

  private PageModelling() {}

  static List<PageJob> run(BuildRun run, Settings settings, SiteIndex index) {
    return settings.pageModels().jobs(index, run.options().termPages());
  }
}
