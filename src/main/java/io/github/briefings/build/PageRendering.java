package io.github.briefings.build;

import io.github.briefings.output.SiteWriter;
import io.github.briefings.render.PageJob;
import java.util.List;

/**
 * The stage "render pages": each page rendered with the theme and written, in parallel, unless the
 * output holds it already; a template's error is a problem of the build.
 */
final class PageRendering {

  private PageRendering() {}

  static void run(BuildRun run, SiteWriter writer, List<PageJob> pages) {
    Counter rendered = run.counter("pages", pages.size());
    pages.parallelStream()
        .forEach(
            page -> {
              writer.write(page, run.problems());
              rendered.tick();
            });
  }
}
