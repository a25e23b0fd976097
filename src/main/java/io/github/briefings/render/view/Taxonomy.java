package io.github.briefings.render.view;

/**
 * The countries or the topics, on their index page ({@code taxonomy}).
 *
 * @param kind {@code countries} or {@code topics}
 * @param title its title in the page's language
 * @param url its index page
 */
public record Taxonomy(String kind, String title, String url) {}
