package io.github.briefings.render;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A time of day with the words that say which zone it is in, in one language: "19:30, heure de
 * Paris", "19:30 Paris time", "19:30 UTC". The words are the theme's UI strings {@code timeInCity}
 * (with {@code {time}} and {@code {city}}) and {@code timeInZone} (with {@code {time}} and {@code
 * {zone}}); the city is the theme's {@code timeZoneCity} when it sets one, else the site's zone's
 * ({@link ZoneNames}).
 *
 * @param zone the site's time zone
 * @param city the city the zone is called by, or null (UTC, an offset, a zone named after no city)
 * @param cityWords the words for a zone called by a city
 * @param zoneWords the words for any other zone
 * @param locale the language's locale, for abbreviations
 */
public record ZonedTimeText(
    ZoneId zone, String city, String cityWords, String zoneWords, Locale locale) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** The words of {@code lang}, from its UI strings, for times in {@code zone}. */
  public static ZonedTimeText of(ZoneId zone, String lang, Map<String, String> messages) {
    String city = messages.get("timeZoneCity");
    if (city == null || city.isBlank()) {
      city = ZoneNames.city(zone);
    }
    return new ZonedTimeText(
        zone,
        city,
        messages.getOrDefault("timeInCity", "{time} {city} time"),
        messages.getOrDefault("timeInZone", "{time} {zone}"),
        Locale.forLanguageTag(lang));
  }

  /** {@code time}, in the site's zone, with the words that say the zone. */
  public String format(ZonedDateTime time) {
    ZonedDateTime local = time.withZoneSameInstant(zone);
    String hours = TIME.format(local);
    if (city != null) {
      return cityWords.replace("{time}", hours).replace("{city}", city);
    }
    return zoneWords
        .replace("{time}", hours)
        .replace("{zone}", ZoneNames.abbreviation(local, locale));
  }
}
