package io.github.briefings.render.view;

/**
 * A topic a briefing is about.
 *
 * @param slug the topic's slug
 * @param label its label in the briefing's language
 * @param url the topic's page, or null without country and topic pages
 */
public record TopicLink(String slug, String label, String url) {}
