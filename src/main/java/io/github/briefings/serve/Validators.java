package io.github.briefings.serve;

import com.sun.net.httpserver.Headers;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The preview's conditional requests: a file's ETag and Last-Modified, and what a request's {@code
 * If-None-Match}, {@code If-Modified-Since}, {@code If-Range} and {@code Range} ask for.
 */
final class Validators {

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  private Validators() {}

  /** {@code modified} as an HTTP date, for Last-Modified. */
  static String httpDate(Instant modified) {
    return HTTP_DATE.format(modified.atOffset(ZoneOffset.UTC));
  }

  /** A file's validator: its size, modification time and file key, which change with it. */
  static String tag(BasicFileAttributes attrs, Instant modified) {
    return Long.toHexString(attrs.size())
        + "-"
        + Long.toHexString(modified.getEpochSecond())
        + "."
        + Integer.toHexString(modified.getNano())
        + "-"
        + Integer.toHexString(String.valueOf(attrs.fileKey()).hashCode());
  }

  /**
   * Whether the client's copy is current: {@code If-None-Match}, else {@code If-Modified-Since}.
   */
  static boolean notModified(Headers request, String etag, Instant modified) {
    String ifNoneMatch = request.getFirst("If-None-Match");
    if (ifNoneMatch != null) {
      for (String candidate : ifNoneMatch.split(",", -1)) {
        String c = candidate.strip();
        if (c.startsWith("W/")) {
          c = c.substring(2);
        }
        if (c.equals("*") || c.equals(etag)) {
          return true;
        }
      }
      return false;
    }
    Optional<Instant> since = parseHttpDate(request.getFirst("If-Modified-Since"));
    return since.isPresent() && !modified.isAfter(since.get());
  }

  /** The range to send: none when absent, or when {@code If-Range} names another version. */
  static Optional<ByteRange> rangeAsked(Headers request, String etag, Instant modified, long size) {
    String ifRange = request.getFirst("If-Range");
    if (ifRange != null) {
      String v = ifRange.strip();
      boolean current =
          v.startsWith("\"")
              ? v.equals(etag)
              : parseHttpDate(v).map(modified::equals).orElse(false);
      if (!current) {
        return Optional.empty();
      }
    }
    return ByteRange.parse(request.getFirst("Range"), size);
  }

  private static Optional<Instant> parseHttpDate(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZonedDateTime.parse(text.strip(), HTTP_DATE).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
