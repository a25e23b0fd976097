package io.github.briefings.render.view;

/**
 * One version of a translated briefing, for {@code <link rel="alternate" hreflang>}.
 *
 * @param hreflang the version's language
 * @param href its absolute URL
 * @param locale its Open Graph locale
 */
public record Alternate(String hreflang, String href, String locale) {}
