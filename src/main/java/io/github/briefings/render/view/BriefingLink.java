package io.github.briefings.render.view;

/**
 * A briefing named by a link.
 *
 * @param title its title
 * @param url its page
 */
public record BriefingLink(String title, String url) {}
