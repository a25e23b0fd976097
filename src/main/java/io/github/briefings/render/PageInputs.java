package io.github.briefings.render;

import io.github.briefings.content.Article;
import io.github.briefings.hash.Fingerprint;
import java.util.List;

/**
 * What a page is made from besides the site's settings and theme: the briefings it shows (their
 * fingerprints say everything the page shows of them) and the rest of its model, as text.
 *
 * @param rest the page's own part of its model: its kind, place, paging, the counts that split
 *     {@code briefings} into groups
 * @param briefings every briefing the page shows something of, in a fixed order
 */
public record PageInputs(String rest, List<Article> briefings) {

  public PageInputs {
    briefings = List.copyOf(briefings);
  }

  /** Adds these inputs to {@code fingerprint}. */
  public Fingerprint addTo(Fingerprint fingerprint) {
    fingerprint.add(rest).add(String.valueOf(briefings.size()));
    for (Article a : briefings) {
      fingerprint.add(a.fingerprint());
    }
    return fingerprint;
  }
}
