package io.github.briefings.render.view;

/**
 * The page itself ({@code page}).
 *
 * @param kind {@code home}, {@code briefing}, {@code countries}, {@code topics}, {@code term},
 *     {@code credits} or {@code notfound}
 * @param url base-path-absolute URL
 * @param absoluteUrl absolute URL
 * @param title the page's title, with the typography of its language
 * @param locale the Open Graph locale ({@code fr_FR})
 */
public record PageView(String kind, String url, String absoluteUrl, String title, String locale) {}
