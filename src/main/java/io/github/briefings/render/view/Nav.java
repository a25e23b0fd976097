package io.github.briefings.render.view;

/**
 * The site's sections in the page's language ({@code nav}).
 *
 * @param homeUrl the language's home
 * @param countriesUrl the countries index, or null without country and topic pages
 * @param topicsUrl the topics index, or null without country and topic pages
 * @param creditsUrl the photo credits page
 * @param authorsUrl the authors index, or null without country, topic and author pages
 * @param searchUrl the search page, or null when the site has no search
 * @param current the section the page belongs to ({@code home}, {@code countries}, {@code topics},
 *     {@code authors}, {@code credits}, {@code search}), or null
 */
public record Nav(
    String homeUrl,
    String countriesUrl,
    String topicsUrl,
    String creditsUrl,
    String authorsUrl,
    String searchUrl,
    String current) {}
