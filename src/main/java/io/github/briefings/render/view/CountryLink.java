package io.github.briefings.render.view;

/**
 * A country a briefing is about.
 *
 * @param code ISO 3166-1 alpha-2 code
 * @param name its name in the briefing's language
 * @param url the country's page, or null without country and topic pages
 */
public record CountryLink(String code, String name, String url) {}
