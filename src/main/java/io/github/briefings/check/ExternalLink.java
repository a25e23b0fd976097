package io.github.briefings.check;

import java.util.Comparator;

/**
 * A link that leaves the site; it is listed, never fetched.
 *
 * @param url the URL as written
 * @param page the page holding it, relative to the output folder
 * @param line 1-based line in the page, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param element the element, e.g. {@code <a href="https://example.org/">}
 */
public record ExternalLink(String url, String page, int line, int column, String element) {

  /** By URL, then where it is. */
  public static final Comparator<ExternalLink> ORDER =
      Comparator.comparing(ExternalLink::url)
          .thenComparing(ExternalLink::page)
          .thenComparingInt(ExternalLink::line)
          .thenComparingInt(ExternalLink::column)
          .thenComparing(ExternalLink::element);
}
