package io.github.briefings.render;

import io.github.briefings.content.SiteConfig;
import io.github.briefings.render.view.TermLink;
import io.github.briefings.taxonomy.Term;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the index pages of countries, topics and authors show of each term: its link with its count
 * and feed, and when the newest of their briefings last changed.
 */
final class TermLinks {

  private TermLinks() {}

  /** Each of {@code terms} with its count, linked to its page. */
  static List<TermLink> of(SiteConfig site, List<Term> terms) {
    List<TermLink> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      out.add(of(site, t));
    }
    return List.copyOf(out);
  }

  /** One term with its count, linked to its page. */
  static TermLink of(SiteConfig site, Term t) {
    return new TermLink(
        t.key(),
        t.key(),
        Cards.text(t.name(), t.lang()),
        site.url(t.sitePath()),
        t.count(),
        site.url(t.sitePath() + "feed.xml"));
  }

  /** When the newest briefing of any of {@code terms} last changed, or null when there are none. */
  static ZonedDateTime newest(List<Term> terms) {
    return terms.stream()
        .map(t -> t.articles().get(0).briefing().lastModified())
        .max(ZonedDateTime::compareTo)
        .orElse(null);
  }
}
