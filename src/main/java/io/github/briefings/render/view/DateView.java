package io.github.briefings.render.view;

/**
 * A date and time as pages show it.
 *
 * @param iso ISO 8601 with offset
 * @param display the date in the page's language ("6 novembre 2024")
 * @param time {@code HH:mm}
 * @param zonedTime the time with the words that say its zone ("18:00, heure de Paris")
 */
public record DateView(String iso, String display, String time, String zonedTime) {}
