package io.github.briefings.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the ISO 8601 dates of front matter into times in the site's zone. */
public final class Dates {

    /** What a valid date looks like, for error messages. */
    public static final String EXAMPLES = "2024-11-06 or 2024-11-06T18:00:00+01:00";

    private Dates() {
    }

    /**
     * Parses a date-time with an offset (converted to {@code zone}), a local date-time, or a date
     * alone (midnight), the last two read in {@code zone}.
     */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11).strip();
        }
        t = t.replace(" ", "");
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
}
