package io.github.briefings.render;

import io.github.briefings.render.view.DateView;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Dates as pages show them, with explicit patterns (the JDK's long formats differ between
 * versions): "6 novembre 2024", "1er novembre 2024", "6 November 2024".
 */
public final class DateText {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private DateText() {}

  private static final Map<String, DateTimeFormatter> MONTH_YEAR =
      Map.of(
          "fr", DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH),
          "en", DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));

  /** The date in {@code lang}'s words. */
  public static String display(ZonedDateTime date, String lang) {
    DateTimeFormatter format = MONTH_YEAR.get(lang);
    if (format == null) {
      format = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag(lang));
    }
    String monthYear = format.format(date);
    int day = date.getDayOfMonth();
    if (lang.equals("en")) {
      return day + " " + monthYear;
    }
    String dayText = lang.equals("fr") && day == 1 ? "1er" : Integer.toString(day);
    return dayText + " " + monthYear;
  }

  /**
   * The template view of a date, {@code zonedTime} the time with the words that say its zone
   * ("18:00, heure de Paris").
   */
  public static DateView view(ZonedDateTime date, String lang, ZonedTimeText zoned) {
    return new DateView(
        ISO.format(date), display(date, lang), TIME.format(date), zoned.format(date));
  }
}
