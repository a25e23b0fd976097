package io.github.briefings.render.view;

import java.util.List;

/**
 * A listing's pages, as one of them shows them ({@code pagination}).
 *
 * @param number this page's number, from 1
 * @param total how many pages the listing has
 * @param prevUrl the previous page, or null on the first
 * @param nextUrl the next page, or null on the last
 * @param pages the pages to show a link to: the first, the last and two either side of this one
 */
public record Pagination(
    int number, int total, String prevUrl, String nextUrl, List<PageLink> pages) {

  public Pagination {
    pages = List.copyOf(pages);
  }
}
