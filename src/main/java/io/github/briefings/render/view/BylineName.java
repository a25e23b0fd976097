package io.github.briefings.render.view;

/**
 * One name of a byline, linked to the author's page.
 *
 * @param name the name as the briefing writes it
 * @param url the author's page in the briefing's language, or null without author pages
 * @param separator what follows the name in the byline: {@code ", "}, {@code " et "} before the
 *     last name, {@code ""} after it (the names and separators make {@link BriefingView#byline})
 */
public record BylineName(String name, String url, String separator) {}
