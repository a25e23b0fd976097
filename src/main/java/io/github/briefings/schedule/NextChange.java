package io.github.briefings.schedule;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/**
 * A time at which the clock alone changes the published site.
 *
 * @param file the briefing, relative to the project ({@code content/2024/x.md})
 * @param at when, in the site's zone
 * @param event what happens then
 */
public record NextChange(String file, ZonedDateTime at, Event event) {

  /** What happens to the briefing. */
  public enum Event {
    /** Its embargo lifts: it is published. */
    GOES_LIVE("goes live"),
    /** It expires: it is taken down. */
    EXPIRES("expires");

    private final String words;

    Event(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** Earliest first; at the same time, by file, then going live before expiring. */
  public static final Comparator<NextChange> EARLIEST =
      Comparator.comparing((NextChange c) -> c.at().toInstant())
          .thenComparing(NextChange::file)
          .thenComparing(NextChange::event);

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

  /** For the log: {@code content/2024/x.md goes live 2024-11-07T06:00+01:00}. */
  public String describe() {
    return file + " " + event.words() + " " + forLog(at);
  }

  /**
   * A time for the log: to the minute when it has no seconds ({@code 2024-11-07T06:00+01:00}), else
   * to the second.
   */
  static String forLog(ZonedDateTime time) {
    return time.getSecond() == 0 && time.getNano() == 0
        ? MINUTES.format(time)
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withNano(0));
  }

  /** The time as ISO 8601 with its offset, to the second: {@code 2024-11-07T06:00:00+01:00}. */
  public String isoTime() {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withNano(0));
  }
}
