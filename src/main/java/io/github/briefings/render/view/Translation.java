package io.github.briefings.render.view;

/**
 * Another language's version of a briefing.
 *
 * @param lang its language's code
 * @param language its language's name in itself
 * @param title its title
 * @param url its page, base-path-absolute
 * @param absoluteUrl its page, absolute
 */
public record Translation(
    String lang, String language, String title, String url, String absoluteUrl) {}
