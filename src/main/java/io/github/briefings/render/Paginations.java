package io.github.briefings.render;

import io.github.briefings.content.SiteConfig;
import io.github.briefings.render.view.PageLink;
import io.github.briefings.render.view.Pagination;
import io.github.briefings.taxonomy.Paging;
import java.util.ArrayList;
import java.util.List;

/**
 * The pagination of a listing's page, computed here once: templates print its links and gaps as
 * they are.
 */
final class Paginations {

  /** How many pages either side of the current one get a link (besides the first and last). */
  static final int WINDOW = 2;

  private Paginations() {}

  /** The pagination {@code page} shows: the first, the last and two either side of itself. */
  static Pagination of(Paging.Page<?> page, SiteConfig site) {
    int number = page.number();
    int total = page.total();
    List<Integer> numbers = new ArrayList<>(2 * WINDOW + 3);
    numbers.add(1);
    for (int i = Math.max(2, number - WINDOW); i <= Math.min(total - 1, number + WINDOW); i++) {
      numbers.add(i);
    }
    if (total > 1) {
      numbers.add(total);
    }
    List<PageLink> pages = new ArrayList<>(numbers.size());
    int shown = 0;
    for (int i : numbers) {
      pages.add(new PageLink(i, url(page, i, site), i == number, shown > 0 && i > shown + 1));
      shown = i;
    }
    return new Pagination(
        number,
        total,
        page.hasPrevious() ? url(page, number - 1, site) : null,
        page.hasNext() ? url(page, number + 1, site) : null,
        pages);
  }

  private static String url(Paging.Page<?> page, int number, SiteConfig site) {
    return site.url(Paging.pagePath(page.listingPath(), number));
  }
}
