package io.github.briefings.output;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One briefing in an Atom feed.
 *
 * @param url the briefing's absolute URL (also its id)
 * @param title headline
 * @param summary standfirst, plain text
 * @param contentHtml the body, HTML with absolute links
 * @param published first publication
 * @param updated last change
 * @param authors names
 * @param categories its countries and topics
 * @param lang its language
 */
public record FeedEntry(
    String url,
    String title,
    String summary,
    String contentHtml,
    ZonedDateTime published,
    ZonedDateTime updated,
    List<String> authors,
    List<Category> categories,
    String lang) {

  /**
   * A category of an entry.
   *
   * @param term the code or slug
   * @param scheme the absolute URL of the term's page
   * @param label the name shown
   */
  public record Category(String term, String scheme, String label) {}
}
