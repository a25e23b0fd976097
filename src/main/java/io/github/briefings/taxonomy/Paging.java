package io.github.briefings.taxonomy;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a listing into pages: page 1 at the listing's own path, page N ≥ 2 at {@code
 * PATH/page/N/}. An empty listing still has one (empty) page.
 */
public final class Paging {

  private Paging() {}

  /**
   * One page of a listing.
   *
   * @param number 1-based page number
   * @param total how many pages the listing has
   * @param items this page's items
   * @param sitePath this page's path relative to the site root
   * @param listingPath the listing's own path (its page 1)
   */
  public record Page<T>(int number, int total, List<T> items, String sitePath, String listingPath) {

    public boolean hasPrevious() {
      return number > 1;
    }

    public boolean hasNext() {
      return number < total;
    }
  }

  /** The site path of page {@code number} of the listing at {@code listingPath}. */
  public static String pagePath(String listingPath, int number) {
    return number == 1 ? listingPath : listingPath + "page/" + number + "/";
  }

  /** Splits {@code items} into pages of {@code size}. */
  public static <T> List<Page<T>> pages(List<T> items, int size, String listingPath) {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be at least 1");
    }
    int total = Math.max(1, (items.size() + size - 1) / size);
    List<Page<T>> pages = new ArrayList<>(total);
    for (int n = 1; n <= total; n++) {
      List<T> slice =
          items.subList(Math.min(items.size(), (n - 1) * size), Math.min(items.size(), n * size));
      pages.add(new Page<>(n, total, slice, pagePath(listingPath, n), listingPath));
    }
    return pages;
  }
}
