package io.github.briefings.render.view;

/**
 * One entry of the language switch.
 *
 * @param lang the language's code
 * @param name the language's name in itself ({@code Français})
 * @param url its home, or on a briefing page its translation
 */
public record LanguageLink(String lang, String name, String url) {}
