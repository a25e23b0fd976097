package io.github.briefings.content;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/** Reads the ISO 8601 dates of front matter into times in the site's zone. */
public final class Dates {

  /**
   * The years a date may fall in: four digits, in the calendar feeds and site maps use (no local
   * mean time before time zones, no year 0 or below).
   */
  public static final int FIRST_YEAR = 1900;

  public static final int LAST_YEAR = 9999;

  /** What a valid date looks like, for error messages. */
  public static final String EXAMPLES = "2024-11-06 or 2024-11-06T18:00:00+01:00";

  /**
   * Every form {@link #parse} reads, its fields read but not checked: {@code 2026-11-31} is read.
   */
  private static final DateTimeFormatter SHAPE =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private Dates() {}

  /**
   * Parses a date-time with an offset (converted to {@code zone}), a local date-time, or a date
   * alone (midnight), the last two read in {@code zone}.
   */
  public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    String t = normalise(text);
    try {
      return Optional.of(OffsetDateTime.parse(t).atZoneSameInstant(zone));
    } catch (DateTimeParseException ignored) {
      // not with an offset: try the other forms
    }
    try {
      return Optional.of(LocalDateTime.parse(t).atZone(zone));
    } catch (DateTimeParseException ignored) {
      // try a date alone
    }
    try {
      return Optional.of(LocalDate.parse(t).atStartOfDay(zone));
    } catch (DateTimeParseException ignored) {
      return Optional.empty();
    }
  }

  /**
   * Why a date written in one of the forms {@link #parse} reads does not exist ("November 2026 has
   * 30 days", "there is no month 13", "there is no hour 25"); empty when it exists or is not in
   * those forms.
   */
  public static Optional<String> impossible(String text) {
    String t = normalise(text);
    ParsePosition position = new ParsePosition(0);
    TemporalAccessor fields = SHAPE.parseUnresolved(t, position);
    if (fields == null
        || position.getIndex() != t.length()
        || !YEAR.range().isValidValue(fields.getLong(YEAR))) {
      return Optional.empty();
    }
    long month = fields.getLong(MONTH_OF_YEAR);
    if (month < 1 || month > 12) {
      return Optional.of("there is no month " + month);
    }
    long day = fields.getLong(DAY_OF_MONTH);
    YearMonth yearMonth = YearMonth.of((int) fields.getLong(YEAR), (int) month);
    if (day < 1) {
      return Optional.of("there is no day " + day);
    }
    if (day > yearMonth.lengthOfMonth()) {
      return Optional.of(
          Month.of((int) month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + yearMonth.getYear()
              + " has "
              + yearMonth.lengthOfMonth()
              + " days");
    }
    return outOfRange(fields, HOUR_OF_DAY, "hour", "hours run from 00 to 23")
        .or(() -> outOfRange(fields, MINUTE_OF_HOUR, "minute", "minutes run from 00 to 59"))
        .or(() -> outOfRange(fields, SECOND_OF_MINUTE, "second", "seconds run from 00 to 59"));
  }

  private static Optional<String> outOfRange(
      TemporalAccessor fields, ChronoField field, String name, String range) {
    if (!fields.isSupported(field) || field.range().isValidValue(fields.getLong(field))) {
      return Optional.empty();
    }
    return Optional.of("there is no " + name + " " + fields.getLong(field) + " (" + range + ")");
  }

  /** {@code 2024-11-06 18:00} as {@code 2024-11-06T18:00}, without spaces. */
  private static String normalise(String text) {
    String t = text.strip();
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11).strip();
    }
    return t.replace(" ", "");
  }
}
