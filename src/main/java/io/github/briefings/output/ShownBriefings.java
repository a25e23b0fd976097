package io.github.briefings.output;

import io.github.briefings.content.Article;
import java.util.Collection;

/**
 * Hears which briefings each page and feed written shows something of: what the preview needs to
 * patch its site after an edit. Called from several threads.
 */
public interface ShownBriefings {

  /** Hears nothing. */
  ShownBriefings NONE = (sitePath, briefings) -> {};

  /** The output file {@code sitePath} shows something of each of {@code briefings}. */
  void shows(String sitePath, Collection<Article> briefings);
}
