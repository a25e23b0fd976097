package io.github.briefings.render;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * What readers call a time zone. A zone of the tz database named after a city is called by it, as
 * CLDR's exemplar city does when it has no translation: the last part of the id, underscores as
 * spaces ({@code Europe/Paris} "Paris", {@code America/New_York} "New York"). UTC is "UTC", a fixed
 * offset "UTC+02:00", and any other zone ({@code CET}, {@code US/Eastern}) the JDK's abbreviation
 * at that time.
 */
final class ZoneNames {

  /** The tz database's areas: their zones are named after a city. */
  private static final Set<String> AREAS =
      Set.of(
          "Africa",
          "America",
          "Antarctica",
          "Arctic",
          "Asia",
          "Atlantic",
          "Australia",
          "Europe",
          "Indian",
          "Pacific");

  private ZoneNames() {}

  /** The city {@code zone} is named after, or null when it is named after none. */
  static String city(ZoneId zone) {
    if (zone.normalized() instanceof ZoneOffset) {
      return null;
    }
    String id = zone.getId();
    int slash = id.indexOf('/');
    String last = id.substring(id.lastIndexOf('/') + 1);
    if (slash < 0
        || !AREAS.contains(id.substring(0, slash))
        || last.equals(last.toUpperCase(Locale.ROOT))) {
      return null; // a link such as Australia/NSW names a region, not a city
    }
    return last.replace('_', ' ');
  }

  /** The zone's abbreviation at {@code time}: "UTC", "UTC+02:00", "EST", "CEST". */
  static String abbreviation(ZonedDateTime time, Locale locale) {
    if (time.getZone().normalized() instanceof ZoneOffset offset) {
      return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }
    return DateTimeFormatter.ofPattern("z", locale).format(time);
  }
}
