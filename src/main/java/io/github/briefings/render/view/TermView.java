package io.github.briefings.render.view;

/**
 * The country or topic of its own page ({@code term}): a {@link TermLink} and its taxonomy.
 *
 * @param key its code or slug
 * @param code the same as {@code key}
 * @param name its name in the page's language
 * @param url its page
 * @param count how many briefings it has
 * @param feedUrl its Atom feed
 * @param kind {@code countries} or {@code topics}
 * @param taxonomyTitle the title of its index
 * @param taxonomyUrl its index page
 * @param description a topic's description from {@code site.yaml}, or null
 */
public record TermView(
    String key,
    String code,
    String name,
    String url,
    int count,
    String feedUrl,
    String kind,
    String taxonomyTitle,
    String taxonomyUrl,
    String description) {

  /** {@code link} on its own page. */
  public static TermView of(
      TermLink link, String kind, String taxonomyTitle, String taxonomyUrl, String description) {
    return new TermView(
        link.key(),
        link.code(),
        link.name(),
        link.url(),
        link.count(),
        link.feedUrl(),
        kind,
        taxonomyTitle,
        taxonomyUrl,
        description);
  }
}
