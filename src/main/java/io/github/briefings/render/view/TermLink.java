package io.github.briefings.render.view;

/**
 * A country or topic with its number of briefings.
 *
 * @param key its code or slug
 * @param code the same as {@code key}
 * @param name its name in the page's language
 * @param url its page
 * @param count how many briefings it has
 * @param feedUrl its Atom feed
 */
public record TermLink(
    String key, String code, String name, String url, int count, String feedUrl) {}
