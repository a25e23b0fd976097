package io.github.briefings.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages the browser checks: for every language and every group of pages ({@link
 * SitePage#group()}: each kind of page the theme marks on {@code <body>}, told apart further by URL
 * section and pagination), the fewest pages that together hold every element and class any page of
 * that group holds. The first is the page that holds the most; ties go to the first path.
 *
 * <p>So a briefing with a lead photo and one with an inline photo or a table are both checked, and
 * a kind of page that a later template adds (search, authors, author, a briefing with a comments
 * section) is checked as soon as the example site has one, with no change here. {@link
 * #EXPECTED_GROUPS} lists the groups that must be there, so that one that disappears from the
 * example site fails the check instead of going unchecked.
 */
final class PageSamples {

  /**
   * The groups of pages every language of the example site must have: the kind the theme writes as
   * {@code <body class="page-KIND">}, then the URL's first folder for pages whose kind is shared
   * (term and author pages), then ", page 2+" for the later pages of a list. When the example site
   * gets a new kind of page, add it here, one line each. Briefing pages carry the comments section
   * (the checks build the example with comments on).
   */
  static final List<String> EXPECTED_GROUPS =
      List.of(
          "home", // the latest briefings
          "home, page 2+",
          "briefing", // every briefing: lead photo, inline photo, table, corrections, draft
          "countries", // the countries index
          "term countries", // a country's briefings
          "term countries, page 2+",
          "topics", // the topics index
          "term topics", // a topic's briefings
          "term topics, page 2+",
          "credits", // the photo credits
          "authors", // the authors index
          "author authors", // an author's briefings
          "author authors, page 2+",
          "search"); // the search page

  /** The groups with one page for the whole site, in its first language: {@code 404.html}. */
  static final List<String> SITE_WIDE_GROUPS = List.of("notfound");

  private PageSamples() {}

  /** The pages to check, grouped by language then group, in the order of the site's paths. */
  static List<SitePage> of(List<SitePage> pages) {
    Map<String, List<SitePage>> groups = new LinkedHashMap<>();
    for (SitePage page : pages) {
      groups.computeIfAbsent(page.lang() + " " + page.group(), k -> new ArrayList<>()).add(page);
    }
    List<SitePage> chosen = new ArrayList<>();
    for (List<SitePage> group : groups.values()) {
      chosen.addAll(cover(group));
    }
    return List.copyOf(chosen);
  }

  /** Greedily, the page that adds the most features not yet seen, until none adds any. */
  private static List<SitePage> cover(List<SitePage> group) {
    Set<String> seen = new HashSet<>();
    List<SitePage> chosen = new ArrayList<>();
    while (true) {
      SitePage best = null;
      int bestGain = 0;
      for (SitePage page : group) {
        int gain = 0;
        for (String f : page.features()) {
          if (!seen.contains(f)) {
            gain++;
          }
        }
        if (gain > bestGain) {
          best = page;
          bestGain = gain;
        }
      }
      if (best == null) {
        return chosen;
      }
      chosen.add(best);
      seen.addAll(best.features());
    }
  }
}
